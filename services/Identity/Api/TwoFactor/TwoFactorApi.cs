using Justice.Audit;
using Justice.Identity.Accounts;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Api.TwoFactor;

/// <summary>
/// TOTP two-factor sign-in (RFC 6238, any authenticator app): a signed-in user asks for a key, proves
/// their app shows the right code, and from then on signs in with password and code.
/// </summary>
public static class TwoFactorApi
{
    public static RouteGroupBuilder MapTwoFactorApi(this IEndpointRouteBuilder api)
    {
        var twoFactor = api.MapGroup("/me/two-factor").WithTags("Two-factor").RequireAuthorization();
        twoFactor.MapPost("/", Begin).WithName("BeginTwoFactor")
            .WithSummary("A new authenticator key (and otpauth URI) for the caller; not active until confirmed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        twoFactor.MapPost("/confirm", Confirm).WithName("ConfirmTwoFactor")
            .WithSummary("Turns two-factor sign-in on, given a current code from the authenticator.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return twoFactor;
    }

    public static async Task<Results<Ok<TwoFactorKey>, ProblemHttpResult>> Begin(HttpContext http, UserManager<JusticeUser> users)
    {
        var user = await users.FindByIdAsync(http.User.UserId() ?? "");
        if (user is null)
        {
            return SignedInUserGone();
        }
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var label = Uri.EscapeDataString($"Justice:{user.UserName}");
        return TypedResults.Ok(new TwoFactorKey(key, $"otpauth://totp/{label}?secret={key}&issuer=Justice&digits=6&period=30"));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Confirm(
        ConfirmTwoFactorRequest request, HttpContext http, UserManager<JusticeUser> users, SecurityAuditLog audit)
    {
        var user = await users.FindByIdAsync(http.User.UserId() ?? "");
        if (user is null)
        {
            return SignedInUserGone();
        }
        if (!await AuthenticatorCodes.IsValidAsync(users, user, request.Code))
        {
            return Problems.Invalid("code", "The code does not match the authenticator key.");
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(http, "two-factor-enable", user.Id, "succeeded");
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult SignedInUserGone() =>
        Problems.NotFound("User not found", "The signed-in user no longer exists.");
}
