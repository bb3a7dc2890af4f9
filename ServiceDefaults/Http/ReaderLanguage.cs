using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// The language a reader gets text in: English or French when the request's <c>Accept-Language</c> asks for one of them,
/// Bulgarian otherwise. The service defaults set it first thing in the pipeline (<see cref="AddReaderLanguage"/>), so
/// every answer, a refusal of the request's size or an unhandled error's included, reads in it.
/// </summary>
public static class ReaderLanguage
{
    public const string Bulgarian = "bg";
    public const string English = "en";
    public const string French = "fr";
    public static readonly string[] All = [Bulgarian, English, French];

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

    /// <summary>Request localization from <c>Accept-Language</c> alone, among the three languages, Bulgarian by default.</summary>
    public static IServiceCollection AddReaderLanguage(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Bulgarian)
                .AddSupportedCultures(All)
                .AddSupportedUICultures(All);
            options.ApplyCurrentCultureToResponseHeaders = true;
            // Only Accept-Language decides: no query-string or cookie switches.
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
}
