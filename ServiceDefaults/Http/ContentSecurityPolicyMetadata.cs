using Microsoft.AspNetCore.Builder;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// An endpoint's own Content-Security-Policy, which <see cref="SecurityHeadersMiddleware"/> sends on its HTML instead of
/// <see cref="SecurityHeadersMiddleware.HtmlPolicy"/>: for pages that need their own stylesheet or script, and nothing more.
/// Endpoint metadata rather than a header the response sets, so a proxy (the gateway) still replaces whatever it relays.
/// </summary>
public sealed record ContentSecurityPolicyMetadata(string Policy);

public static class ContentSecurityPolicyExtensions
{
    /// <summary>Gives these endpoints <paramref name="policy"/> as their Content-Security-Policy on HTML.</summary>
    public static TBuilder WithContentSecurityPolicy<TBuilder>(this TBuilder builder, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ContentSecurityPolicyMetadata(policy));
}
