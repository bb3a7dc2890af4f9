using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Api;

/// <summary>The three languages people read the system in. Bulgarian unless the reader asks otherwise.</summary>
public static class Languages
{
    public const string Bulgarian = ReaderLanguage.Bulgarian;
    public const string English = ReaderLanguage.English;
    public const string French = ReaderLanguage.French;
    public static readonly string[] All = [Bulgarian, English, French];

    /// <summary>The reader's language for this request (set from <c>Accept-Language</c>).</summary>
    public static string Current => ReaderLanguage.Current;

    /// <summary>Picks the text in the reader's language.</summary>
    public static string Pick(string bg, string en, string fr) => ReaderLanguage.Pick(bg, en, fr);

    public static IServiceCollection AddJusticeLocalization(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Bulgarian)
                .AddSupportedCultures(All)
                .AddSupportedUICultures(All);
            options.ApplyCurrentCultureToResponseHeaders = true;
            // Only Accept-Language decides: no query-string or cookie switches.
            options.RequestCultureProviders = [new Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider()];
        });
}
