using Microsoft.AspNetCore.Builder;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// An endpoint's own Content-Security-Policy, which <see cref="SecurityHeadersMiddleware"/> sends on its HTML instead of
/// <see cref="SecurityHeadersMiddleware.HtmlPolicy"/>: for pages that need their own stylesheet or script, and nothing more.
/// Endpoint metadata rather than a header the response sets, so a proxy (the gateway) still replaces whatever it relays,
/// except on the routes it marks <see cref="Relayed"/>: there the page's own service decides (the public website).
/// </summary>
/// <param name="Policy">The policy; null for <see cref="Relayed"/>.</param>
public sealed record ContentSecurityPolicyMetadata(string? Policy)
{
    /// <summary>A proxy's route whose answers keep the policy their service sent (the default policy when it sent none).</summary>
    public static readonly ContentSecurityPolicyMetadata Relayed = new((string?)null);
}

public static class ContentSecurityPolicyExtensions
{
    /// <summary>Gives these endpoints <paramref name="policy"/> as their Content-Security-Policy on HTML.</summary>
    public static TBuilder WithContentSecurityPolicy<TBuilder>(this TBuilder builder, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ContentSecurityPolicyMetadata(policy));
}
