using System.Security.Claims;
using Justice.Identity.Data;
using Justice.Identity.Domain;
using Justice.Messaging.Audit;
using Justice.ServiceDefaults.Http;
using Justice.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Identity.Tokens;

/// <summary>
/// <c>POST /connect/token</c>: OpenIddict has checked the request's form, client and (for refresh tokens)
/// the token; this decides who the caller is and what the access token says about them.
/// </summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", Exchange).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Exchange(HttpContext http, UserManager<JusticeUser> users,
        SignInManager<JusticeUser> signIn, IOptions<ClientsOptions> clients, IdentityDb db, TimeProvider clock)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var audit = new Auditor(db, clock, http);

        if (request.IsPasswordGrantType())
        {
            var user = await users.FindByNameAsync(request.Username ?? "");
            if (user is null)
            {
                await audit.RecordAsync(request.Username ?? "?", "sign-in", null, "failed");
                return Refuse("The user name or password is wrong.");
            }
            var result = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                await audit.RecordAsync(user.Id, "sign-in", user.Id, "locked-out");
                return Refuse("The account is locked. Try again later.");
            }
            if (!result.Succeeded)
            {
                await audit.RecordAsync(user.Id, "sign-in", user.Id, "failed");
                return Refuse("The user name or password is wrong.");
            }
            await audit.RecordAsync(user.Id, "sign-in", user.Id, "succeeded");
            return SignIn(await PrincipalForAsync(user, users, request.GetScopes()));
        }

        if (request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType())
        {
            var previous = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(previous.Principal?.GetClaim(Claims.Subject) ?? "");
            if (user is null || await users.IsLockedOutAsync(user))
            {
                await audit.RecordAsync(previous.Principal?.GetClaim(Claims.Subject) ?? "?", "token-refresh", null, "refused");
                return Refuse("The account is no longer allowed to sign in.");
            }
            await audit.RecordAsync(user.Id, "token-refresh", user.Id, "succeeded");
            return SignIn(await PrincipalForAsync(user, users, previous.Principal!.GetScopes()));
        }

        if (request.IsClientCredentialsGrantType())
        {
            var client = clients.Value.Find(request.ClientId);
            if (client is null)
            {
                return Refuse("Unknown client.");
            }
            var identity = NewIdentity();
            identity.SetClaim(Claims.Subject, client.ClientId);
            identity.SetClaims(Claims.Role, [client.Role]);
            identity.SetScopes(request.GetScopes());
            identity.SetResources(Audiences.All);
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            await audit.RecordAsync(client.ClientId, "client-token", client.ClientId, "succeeded");
            return SignIn(new ClaimsPrincipal(identity));
        }

        return Refuse("This grant type is not supported.", Errors.UnsupportedGrantType);
    }

    private static async Task<ClaimsPrincipal> PrincipalForAsync(JusticeUser user, UserManager<JusticeUser> users, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id);
        identity.SetClaim(Claims.Name, user.UserName);
        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetClaim(JusticeClaims.Region, user.RegionCode);
        identity.SetClaim(JusticeClaims.Institution, user.Institution);
        identity.SetScopes(scopes.Intersect([Scopes.OfflineAccess], StringComparer.Ordinal));
        identity.SetResources(Audiences.All);
        // The name stays out of access tokens (they travel in logs of proxies); only ids, roles and region go in.
        identity.SetDestinations(claim => claim.Type == Claims.Name ? [] : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string description, string error = Errors.InvalidGrant) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private sealed class Auditor(IdentityDb db, TimeProvider clock, HttpContext http)
    {
        public Task RecordAsync(string actor, string action, string? subject, string outcome) =>
            db.RecordAsync(new SecurityAuditEntry
            {
                OccurredAt = clock.GetUtcNow(),
                Actor = actor.Length > 200 ? actor[..200] : actor,
                Action = action,
                Subject = subject,
                Outcome = outcome,
                CorrelationId = CorrelationIdMiddleware.Get(http),
            });
    }
}
