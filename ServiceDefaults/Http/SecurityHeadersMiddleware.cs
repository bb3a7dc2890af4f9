using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// Headers every response carries, set as it starts (so the gateway's replace whatever a proxied service sent):
/// <c>nosniff</c>, no referrer, a Content-Security-Policy on HTML (an endpoint's own, <see cref="ContentSecurityPolicyMetadata"/>,
/// where it has one), and <c>no-store</c> on every answer to a caller who
/// sent credentials, since such answers may carry personal data.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    /// <summary>
    /// The sign-in page needs nothing but itself. No <c>form-action</c>: browsers apply it to the redirects after the
    /// form (to the portal's callback), which it would block.
    /// </summary>
    public const string HtmlPolicy = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The API reference page (Scalar, Development only) runs its own script, styles and fonts.</summary>
    public const string ApiReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
        + "style-src 'self' 'unsafe-inline' https://fonts.scalar.com; font-src 'self' data: https://fonts.scalar.com; "
        + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                var own = context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyMetadata>();
                if (!ReferenceEquals(own, ContentSecurityPolicyMetadata.Relayed) || response.Headers.ContentSecurityPolicy.Count == 0)
                {
                    response.Headers.ContentSecurityPolicy = own?.Policy
                        ?? (environment.IsDevelopment() && context.Request.Path.StartsWithSegments("/scalar") ? ApiReferencePolicy : HtmlPolicy);
                }
            }
            if (context.Request.Headers.ContainsKey(HeaderNames.Authorization) || context.User.Identity?.IsAuthenticated == true)
            {
                response.Headers.CacheControl = "no-store";
                response.Headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
