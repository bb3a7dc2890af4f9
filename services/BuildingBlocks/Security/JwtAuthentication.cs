using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Justice.Security;

/// <summary>
/// Every service validates access tokens itself — issuer, its own audience, lifetime and the signature
/// against the identity service's published keys — so the gateway is not the only wall.
/// </summary>
public static class JwtAuthentication
{
    /// <summary>The HttpClient that reaches the identity service (found by service discovery).</summary>
    public const string IdentityClientName = "identity-keys";

    /// <param name="audiences">The audiences this host accepts: a service its own; the gateway any service's.</param>
    public static IHostApplicationBuilder AddJusticeAuthentication(this IHostApplicationBuilder builder, params string[] audiences)
    {
        var identity = builder.Configuration.GetSection("Identity");
        var issuer = identity["Issuer"] ?? "http://localhost:8080/";
        var internalAddress = new Uri(identity["InternalAddress"] ?? "http://identity");

        builder.Services.AddHttpClient(IdentityClientName, client => client.BaseAddress = internalAddress);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccessRevocations>();
        builder.Services.AddHostedService<AccessRevocationPoller>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) =>
            {
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidAudiences = audiences,
                    ValidTypes = ["at+jwt", "JWT"],
                    NameClaimType = JusticeClaims.Subject,
                    RoleClaimType = JusticeClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                };
                options.Events = new JwtBearerEvents { OnTokenValidated = RefuseRevoked };
                var metadata = new Uri(internalAddress, ".well-known/openid-configuration");
                options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    metadata.ToString(),
                    new InternalKeysRetriever(internalAddress),
                    new HttpDocumentRetriever(clients.CreateClient(IdentityClientName)) { RequireHttps = false });
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>A genuine token of a user whose access was revoked after it was issued opens nothing (401).</summary>
    private static Task RefuseRevoked(TokenValidatedContext context)
    {
        var revocations = context.HttpContext.RequestServices.GetRequiredService<AccessRevocations>();
        var token = context.SecurityToken;
        var issuedAt = token is JsonWebToken { IssuedAt: var iat } && iat != DateTime.MinValue ? iat : token.ValidFrom;
        if (context.Principal is { } principal && principal.UserId() is { } user
            && revocations.IsRevoked(user, AccessRevocations.IssuedAt(principal, new DateTimeOffset(issuedAt, TimeSpan.Zero))))
        {
            context.Fail("The token's access was revoked.");
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads the identity service's metadata and keys at its internal address, whatever public address
    /// (the issuer, behind the gateway) the metadata names.
    /// </summary>
    private sealed class InternalKeysRetriever(Uri internalAddress) : IConfigurationRetriever<OpenIdConnectConfiguration>
    {
        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(
            string address, IDocumentRetriever retriever, CancellationToken cancel)
        {
            var configuration = OpenIdConnectConfiguration.Create(await retriever.GetDocumentAsync(address, cancel));
            var keys = new Uri(internalAddress, new Uri(configuration.JwksUri).PathAndQuery.TrimStart('/'));
            configuration.JsonWebKeySet = new JsonWebKeySet(await retriever.GetDocumentAsync(keys.ToString(), cancel));
            foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
            {
                configuration.SigningKeys.Add(key);
            }
            return configuration;
        }
    }
}
