using System.Text.Encodings.Web;
using System.Text.Unicode;
using Justice.Api;
using Justice.Network.V1;
using Justice.ServiceDefaults.Http;
using Justice.Training.V1;
using Microsoft.Extensions.WebEncoders;

namespace Justice.Publicity.Website;

/// <summary>
/// The public website, rendered on the server (Razor Pages) and usable without JavaScript. It reads this service's own
/// data directly, the institutions of a region from Network and the trainings to come from Training over gRPC (public
/// calls: no token), and Training's public materials and certificate check over REST.
/// </summary>
public static class WebsiteRegistration
{
    /// <summary>How long a page waits for another service before it says the part is unavailable.</summary>
    public static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The pages' Content-Security-Policy: their own stylesheet, the quick exit's script, images and videos, forms sent
    /// here only; nothing inline and nothing from elsewhere.
    /// </summary>
    public const string PagePolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; media-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IHostApplicationBuilder AddWebsite(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RouteOptions>(options => options.ConstraintMap["lang"] = typeof(LanguageRouteConstraint));
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Website/Pages");
        // Cyrillic and French letters as they are, not as numeric entities: pages a third the size, and readable source.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddGrpcClient<InstitutionDirectory.InstitutionDirectoryClient>(client =>
            client.Address = new Uri(builder.Configuration["Network:GrpcAddress"] ?? "http://_grpc.network"));
        builder.Services.AddGrpcClient<SessionCalendar.SessionCalendarClient>(client =>
            client.Address = new Uri(builder.Configuration["Training:GrpcAddress"] ?? "http://_grpc.training"));
        var training = new Uri(builder.Configuration["Training:HttpAddress"] ?? "http://training");
        builder.Services.AddHttpClient<CertificateCheck>(client =>
        {
            client.BaseAddress = training;
            client.Timeout = CallDeadline;
        });
        builder.Services.AddHttpClient<PublicMaterials>(client =>
        {
            client.BaseAddress = training;
            client.Timeout = CallDeadline;
        });
        return builder;
    }

    public static WebApplication MapWebsite(this WebApplication app)
    {
        app.UseStaticFiles();
        // A page's language is its path's (routing has matched by now), whatever Accept-Language says.
        app.Use(async (context, next) =>
        {
            if (context.GetRouteValue(SiteLanguage.RouteKey) is string language && ReaderLanguage.All.Contains(language))
            {
                SiteLanguage.Apply(language);
            }
            await next(context);
        });
        app.MapGet("/", (HttpContext http) => Results.Redirect($"/{SiteLanguage.Preferred(http.Request)}/", permanent: false))
            .ExcludeFromDescription();
        app.MapRazorPages().WithContentSecurityPolicy(PagePolicy);
        return app;
    }
}
