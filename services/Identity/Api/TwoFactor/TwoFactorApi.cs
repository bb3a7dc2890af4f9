using Justice.Audit;
using Justice.Identity.Accounts;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Justice.Identity.Api.TwoFactor;

/// <summary>
/// TOTP two-factor sign-in (RFC 6238, any authenticator app). A signed-in user asks for a key, which is kept pending;
/// a code from that new key confirms it and only then does it become the active one. While a key is active, asking for
/// another or turning the second factor off needs a current code or the password. Every step, done or refused, is
/// audited; wrong codes and passwords here count toward the sign-in throttle.
/// </summary>
public static class TwoFactorApi
{
    private const string PendingProvider = "[Justice]";
    private const string PendingKeyName = "PendingAuthenticatorKey";

    public static RouteGroupBuilder MapTwoFactorApi(this IEndpointRouteBuilder api)
    {
        var twoFactor = api.MapGroup("/me/two-factor").WithTags("Two-factor").RequireAuthorization();
        twoFactor.MapPost("/", Begin).WithName("BeginTwoFactor")
            .WithSummary("A new authenticator key (and otpauth URI), pending until confirmed; with one active, needs its code or the password.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        twoFactor.MapPost("/confirm", Confirm).WithName("ConfirmTwoFactor")
            .WithSummary("Makes the pending key the active one (two-factor sign-in on), given a current code from it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        twoFactor.MapDelete("/", Remove).WithName("RemoveTwoFactor")
            .WithSummary("Turns two-factor sign-in off, given a current code or the password.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return twoFactor;
    }

    public static async Task<Results<Ok<TwoFactorKey>, ProblemHttpResult>> Begin([FromBody] TwoFactorProof? proof, HttpContext http,
        UserManager<JusticeUser> users, SignInThrottle throttle, SecurityAuditLog audit)
    {
        var user = await users.FindByIdAsync(http.User.UserId() ?? "");
        if (user is null)
        {
            return AccountProblems.SignedInUserGone();
        }
        if (await RefuseProofAsync(http, user, proof, users, throttle, audit, "two-factor-begin") is { } refused)
        {
            return refused;
        }
        var key = users.GenerateNewAuthenticatorKey();
        await users.SetAuthenticationTokenAsync(user, PendingProvider, PendingKeyName, key);
        await audit.RecordAsync(http, "two-factor-begin", user.Id, "succeeded");
        var label = Uri.EscapeDataString($"Justice:{user.UserName}");
        return TypedResults.Ok(new TwoFactorKey(key, $"otpauth://totp/{label}?secret={key}&issuer=Justice&digits=6&period=30"));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Confirm(ConfirmTwoFactorRequest request, HttpContext http,
        UserManager<JusticeUser> users, IUserStore<JusticeUser> store, TimeProvider clock, SecurityAuditLog audit)
    {
        var user = await users.FindByIdAsync(http.User.UserId() ?? "");
        if (user is null)
        {
            return AccountProblems.SignedInUserGone();
        }
        var pending = await users.GetAuthenticationTokenAsync(user, PendingProvider, PendingKeyName);
        if (pending is null || !AuthenticatorCodes.IsValidFor(pending, request.Code, clock.GetUtcNow()))
        {
            await audit.RecordAsync(http, "two-factor-enable", user.Id, pending is null ? "refused:no-pending-key" : "refused:code");
            return Problems.Invalid("code", pending is null
                ? ReaderLanguage.Pick("Няма ключ, който чака потвърждение: първо поискайте ключ.",
                    "No key is waiting for confirmation: ask for one first.",
                    "Aucune clé n'attend de confirmation : demandez-en une d'abord.")
                : ReaderLanguage.Pick("Кодът не съответства на новия ключ за удостоверяване.",
                    "The code does not match the new authenticator key.",
                    "Le code ne correspond pas à la nouvelle clé d'authentification."));
        }
        await ((IUserAuthenticatorKeyStore<JusticeUser>)store).SetAuthenticatorKeyAsync(user, pending, http.RequestAborted);
        await users.RemoveAuthenticationTokenAsync(user, PendingProvider, PendingKeyName);
        var replaced = user.TwoFactorEnabled;
        await users.SetTwoFactorEnabledAsync(user, true); // a new security stamp: earlier tokens stop working
        await audit.RecordAsync(http, "two-factor-enable", user.Id, replaced ? "replaced" : "succeeded");
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Remove([FromBody] TwoFactorProof? proof, HttpContext http,
        UserManager<JusticeUser> users, SignInThrottle throttle, SecurityAuditLog audit)
    {
        var user = await users.FindByIdAsync(http.User.UserId() ?? "");
        if (user is null)
        {
            return AccountProblems.SignedInUserGone();
        }
        if (!user.TwoFactorEnabled)
        {
            return TypedResults.NoContent();
        }
        if (await RefuseProofAsync(http, user, proof, users, throttle, audit, "two-factor-disable") is { } refused)
        {
            return refused;
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user); // the old app's codes are worth nothing now
        await users.RemoveAuthenticationTokenAsync(user, PendingProvider, PendingKeyName);
        await audit.RecordAsync(http, "two-factor-disable", user.Id, "succeeded");
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Null when the second factor is off or <paramref name="proof"/> holds a current code of the active key or the
    /// password; otherwise the refusal (audited, and counted by the throttle like a failed sign-in).
    /// </summary>
    private static async Task<ProblemHttpResult?> RefuseProofAsync(HttpContext http, JusticeUser user, TwoFactorProof? proof,
        UserManager<JusticeUser> users, SignInThrottle throttle, SecurityAuditLog audit, string action)
    {
        if (!user.TwoFactorEnabled)
        {
            return null;
        }
        var source = SignInGate.SourceOf(http);
        if (await throttle.IsRefusedAsync(user.Id, source, CancellationToken.None))
        {
            await audit.RecordAsync(http, action, user.Id, "throttled");
            return AccountProblems.Throttled();
        }
        var proven = proof?.Code is { Length: > 0 } code ? await AuthenticatorCodes.IsValidAsync(users, user, code)
            : proof?.Password is { Length: > 0 } password && await users.CheckPasswordAsync(user, password);
        if (proven)
        {
            return null;
        }
        await throttle.RecordFailureAsync(user.Id, source, CancellationToken.None);
        await audit.RecordAsync(http, action, user.Id, "refused");
        return Problems.Invalid("code", ReaderLanguage.Pick(
            "Двуфакторният вход е включен: въведете текущ код от приложението за удостоверяване или паролата си.",
            "Two-factor sign-in is on: give a current code from the authenticator, or your password.",
            "La connexion à deux facteurs est activée : donnez un code actuel de l'application d'authentification, ou votre mot de passe."));
    }

}
