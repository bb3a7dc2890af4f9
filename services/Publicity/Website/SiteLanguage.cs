using System.Globalization;
using Justice.Api;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Website;

/// <summary>
/// The website's languages: every page lives under <c>/bg/</c>, <c>/en/</c> or <c>/fr/</c> (Bulgarian by default), so a
/// link says which language it shows; the culture of a request is its path's.
/// </summary>
public static class SiteLanguage
{
    public const string RouteKey = "lang";

    /// <summary>The text in the page's language.</summary>
    public static string T(string bg, string en, string fr) => ReaderLanguage.Pick(bg, en, fr);

    /// <summary>The same page in <paramref name="language"/>: the path with its first segment replaced.</summary>
    public static string Switch(PathString path, QueryString query, string language)
    {
        var segments = (path.Value ?? "/").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var rest = segments.Length > 0 && ReaderLanguage.All.Contains(segments[0]) ? segments[1..] : segments;
        return "/" + string.Join('/', [language, .. rest]) + query;
    }

    /// <summary>The language a visitor at <c>/</c> is sent to: the first of theirs the site speaks, else Bulgarian.</summary>
    public static string Preferred(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is not null && ReaderLanguage.All.Contains(l)) ?? ReaderLanguage.Bulgarian;

    public static void Apply(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}

/// <summary>Matches <c>bg</c>, <c>en</c> or <c>fr</c> in a page's route: <c>/{lang:lang}/events</c>.</summary>
public sealed class LanguageRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string language && ReaderLanguage.All.Contains(language);
}
