using System.Security.Claims;
using Justice.Identity.Accounts;
using Justice.Audit;
using Justice.Security;
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
        SignInGate gate, IOptions<ClientsOptions> clients, SecurityAuditLog audit, TimeProvider time)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsPasswordGrantType())
        {
            var check = await gate.CheckAsync(http, "sign-in", request.Username, request.Password, (string?)request["otp"]);
            return check.Outcome switch
            {
                SignInOutcome.Succeeded => SignIn(await PrincipalForAsync(check.User!, users, request.GetScopes(), time)),
                SignInOutcome.SecondFactorFailed => Refuse("A current code from the authenticator is required (parameter 'otp')."),
                SignInOutcome.Throttled => Refuse("Too many failed attempts from here: the account is locked for this address. Try again later."),
                SignInOutcome.Disabled => Refuse("The account is disabled."),
                SignInOutcome.MustChangePassword => Refuse(
                    "The password must be changed before signing in: POST /account/password with the user name, this password and a new one."),
                _ => Refuse("The user name or password is wrong."),
            };
        }

        if (request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType())
        {
            var previous = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(previous.Principal?.GetClaim(Claims.Subject) ?? "");
            if (!SignInGate.MayContinue(user, previous.Principal?.GetClaim(SignInGate.StampClaim)))
            {
                await audit.RecordAsync(http, "token-refresh", user?.Id, "refused", actor: previous.Principal?.GetClaim(Claims.Subject) ?? "?");
                return Refuse("The account is no longer allowed to sign in.");
            }
            await audit.RecordAsync(http, "token-refresh", user!.Id, "succeeded", actor: user.Id);
            return SignIn(await PrincipalForAsync(user, users, previous.Principal!.GetScopes(), time));
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
            GrantScopes(identity, request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            await audit.RecordAsync(http, "client-token", client.ClientId, "succeeded", actor: client.ClientId);
            return SignIn(new ClaimsPrincipal(identity));
        }

        return Refuse("This grant type is not supported.", Errors.UnsupportedGrantType);
    }

    internal static async Task<ClaimsPrincipal> PrincipalForAsync(JusticeUser user, UserManager<JusticeUser> users,
        IEnumerable<string> scopes, TimeProvider time)
    {
        var identity = NewIdentity();
        // Taken before the role is read: a revocation from the same second still tells which came first.
        identity.SetClaim(JusticeClaims.IssuedAtMilliseconds, time.GetUtcNow().ToUnixTimeMilliseconds());
        identity.SetClaim(Claims.Subject, user.Id);
        identity.SetClaim(Claims.Name, user.UserName);
        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetClaim(JusticeClaims.Region, user.RegionCode);
        identity.SetClaim(JusticeClaims.Institution, user.Institution);
        identity.SetClaim(SignInGate.StampClaim, user.SecurityStamp);
        GrantScopes(identity, scopes);
        // The user name goes to the portal (identity token) but not into access tokens, which travel further.
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name => [Destinations.IdentityToken],
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            SignInGate.StampClaim => [],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// The scopes asked for that the server knows; each service's scope (<c>training</c>, <c>network</c>,
    /// <c>identity</c>) puts that service's audience in the access token, and a token asked for no service opens none.
    /// </summary>
    private static void GrantScopes(ClaimsIdentity identity, IEnumerable<string> requested)
    {
        var granted = requested.Intersect([Scopes.OpenId, Scopes.OfflineAccess, .. Audiences.All], StringComparer.Ordinal).ToList();
        identity.SetScopes(granted);
        identity.SetResources(granted.Intersect(Audiences.All, StringComparer.Ordinal));
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    internal static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string description, string error = Errors.InvalidGrant) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
