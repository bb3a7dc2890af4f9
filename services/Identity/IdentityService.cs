using Justice.Identity.Accounts;
using Justice.Identity.Api.Passwords;
using Justice.Identity.Api.Internal;
using Justice.Identity.Api.TwoFactor;
using Justice.Identity.Api.Users;
using Justice.Identity.Data;
using Justice.Identity.Tokens;
using Justice.Api;
using Justice.Persistence;
using Justice.Audit;
using Justice.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Identity;

public static class IdentityService
{
    public const string Name = "identity";
    public const string DatabaseName = "identitydb";
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(10);

    public static WebApplicationBuilder AddIdentity(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        var settings = builder.Configuration.GetSection("Identity");
        var issuer = new Uri(settings["Issuer"] ?? "http://localhost:8080/");

        builder.AddJusticeApi(typeof(IdentityService).Assembly);
        builder.Services.AddSingleton<AccessRevocationRecorder>();
        builder.AddServiceDatabase<IdentityDb>(DatabaseName,
            (services, options) => options.UseOpenIddict().AddInterceptors(services.GetRequiredService<AccessRevocationRecorder>()));
        builder.Services.AddHostedService<IdentitySeeder>();
        builder.Services.Configure<ClientsOptions>(settings.GetSection("Clients"));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();

        builder.Services.AddIdentityCore<JusticeUser>(identity =>
            {
                // Length over composition rules (NIST SP 800-63B): a long passphrase is the strong one.
                identity.Password.RequiredLength = 12;
                identity.Password.RequiredUniqueChars = 5;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireDigit = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                // No lockout by Identity: anyone could lock anyone out with wrong passwords. SignInThrottle instead.
                identity.Lockout.AllowedForNewUsers = false;
                identity.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<ReaderIdentityErrors>()
            .AddDefaultTokenProviders();
        builder.Services.AddAccounts();
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddCookie(AuthorizeEndpoint.SignInScheme, cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.Cookie.Name = "justice.signin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(15);
                cookie.SlidingExpiration = false;
                // To the sign-in page at the public address (the gateway's), not the one the request reached us at.
                cookie.Events.OnRedirectToLogin = context =>
                {
                    context.Response.Redirect(new Uri(issuer, new Uri(context.RedirectUri).PathAndQuery.TrimStart('/')).ToString());
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAntiforgery();

        var keys = settings["KeysPath"] ?? Path.Combine(builder.Environment.ContentRootPath, ".keys");
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDb>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer);
                server.SetTokenEndpointUris("connect/token");
                server.SetAuthorizationEndpointUris("connect/authorize");
                server.SetRevocationEndpointUris("connect/revoke");
                server.AllowClientCredentialsFlow().AllowRefreshTokenFlow();
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                // S256 only: a "plain" challenge is the verifier itself, worthless to whoever saw the request.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                if (builder.Environment.IsDevelopment())
                {
                    // For tests and command-line use only: the resource-owner password grant.
                    server.AllowPasswordFlow();
                }
                // A service's scope asks for a token with that service's audience only (see TokenEndpoint.GrantScopes).
                server.RegisterScopes([Scopes.OpenId, Scopes.OfflineAccess, .. Audiences.All]);
                server.SetAccessTokenLifetime(AccessTokenLifetime);
                server.SetRefreshTokenLifetime(TimeSpan.FromHours(8));
                // A refresh token works once: its reuse revokes the whole family (a stolen copy is worthless).
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.DisableAccessTokenEncryption(); // signed JWTs the services read, not encrypted ones
                server.AddSigningKey(SigningKeys.Load(keys, "signing"));
                server.AddEncryptionKey(SigningKeys.Load(keys, "encryption"));
                server.AddEventHandler(RefusedRefreshAudit.Descriptor);
                server.AddEventHandler(RevocationAudit.Descriptor);
                server.AddEventHandler(PublicEndpointAddresses.Descriptor);
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableErrorPassthrough() // an authorization error that cannot go back to the client: problem details
                    .DisableTransportSecurityRequirement(); // TLS ends at the ingress, not here
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(Audiences.Identity);
                validation.UseAspNetCore();
            });
        builder.Services.AddAuthorization();
        builder.Services.AddSecurityAudit();
        builder.Services.AddJusticeOpenApi("Justice.Identity",
            "The programme's accounts: users with one role (and, for regional roles, one judicial region) and their "
            + "two-factor sign-in. Tokens come from the OpenID Connect endpoints (/connect/token, /connect/authorize), "
            + "which follow the OAuth 2 protocol and are not described here.");
        return builder;
    }

    public static WebApplication MapIdentity(this WebApplication app)
    {
        app.UseForwardedHeaders(ForwardedClientAddress.Options(app.Configuration));
        app.UseJusticeApi();
        app.UseMiddleware<UnstorableInputGuard>();
        app.UseAuthentication();
        app.UseMiddleware<RevokedAccessGuard>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapDefaultEndpoints();
        app.MapTokenEndpoint();
        app.MapAuthorizeEndpoint();
        app.MapAccessRevocationsApi();
        var api = app.MapGroup("/api/identity").WithRequestValidation();
        api.MapUsersApi();
        api.MapTwoFactorApi();
        api.MapOwnPasswordApi();
        app.MapGroup("/account").WithRequestValidation().MapAccountPasswordApi();
        app.MapAccountLookupApi();
        api.MapSignOutApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapJusticeOpenApi();
        }
        return app;
    }
}
