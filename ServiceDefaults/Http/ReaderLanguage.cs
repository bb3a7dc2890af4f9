using System.Globalization;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// The language a reader gets text in: English or French when the request's culture (from <c>Accept-Language</c>, set by
/// the services' request localization) is one of them, Bulgarian otherwise.
/// </summary>
public static class ReaderLanguage
{
    public const string Bulgarian = "bg";
    public const string English = "en";
    public const string French = "fr";

    /// <summary>The reader's language for this request.</summary>
    public static string Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
        {
            English => English,
            French => French,
            _ => Bulgarian,
        };

    /// <summary>Picks the text in the reader's language.</summary>
    public static string Pick(string bg, string en, string fr) =>
        Current switch
        {
            English => en,
            French => fr,
            _ => bg,
        };
}
