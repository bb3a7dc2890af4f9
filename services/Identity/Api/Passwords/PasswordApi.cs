using Justice.Audit;
using Justice.Identity.Accounts;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Api.Passwords;

/// <summary>
/// Changing one's own password: signed in (<c>/api/identity/me/password</c>), or without a token
/// (<c>/account/password</c>) for whoever must change a password someone else chose before they may sign in. Both
/// check the current password (and code) through <see cref="SignInGate"/>, so guesses here count as sign-in failures.
/// </summary>
public static class PasswordApi
{
    public static RouteHandlerBuilder MapOwnPasswordApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/me/password", ChangeOwn).WithName("ChangeOwnPassword").WithTags("Passwords").RequireAuthorization()
            .WithSummary("Changes the caller's password, given the current one (and code, when two-factor sign-in is on).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    public static RouteHandlerBuilder MapAccountPasswordApi(this IEndpointRouteBuilder account) =>
        account.MapPost("/password", ChangeWithoutToken).WithName("ChangePasswordWithoutToken").WithTags("Passwords").AllowAnonymous()
            .WithSummary("Changes a password given the user name and current password (and code): no token needed.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static async Task<Results<NoContent, ProblemHttpResult>> ChangeOwn(ChangePasswordRequest request, HttpContext http,
        UserManager<JusticeUser> users, SignInGate gate, SecurityAuditLog audit)
    {
        var user = await users.FindByIdAsync(http.User.UserId() ?? "");
        if (user is null)
        {
            return Problems.NotFound("User not found", "The signed-in user no longer exists.");
        }
        return await ChangeAsync(http, user.UserName!, request.CurrentPassword, request.Password, request.Code, users, gate, audit);
    }

    public static Task<Results<NoContent, ProblemHttpResult>> ChangeWithoutToken(AccountPasswordRequest request, HttpContext http,
        UserManager<JusticeUser> users, SignInGate gate, SecurityAuditLog audit) =>
        ChangeAsync(http, request.UserName.Trim(), request.CurrentPassword, request.Password, request.Code, users, gate, audit);

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync(HttpContext http, string userName, string current,
        string password, string? code, UserManager<JusticeUser> users, SignInGate gate, SecurityAuditLog audit)
    {
        var check = await gate.CheckAsync(http, "password-change", userName, current, code, forPasswordChange: true);
        switch (check.Outcome)
        {
            case SignInOutcome.Throttled:
                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts",
                    detail: "Too many failed attempts from here. Try again later.");
            case SignInOutcome.Disabled:
                return Problems.Forbidden("The account is disabled.");
            case SignInOutcome.SecondFactorFailed:
                return Problems.Invalid("code", "A current code from the authenticator is required.");
            case SignInOutcome.Wrong:
                return Problems.Invalid("currentPassword", "The user name or current password is wrong.");
        }
        var user = check.User!;
        if (string.Equals(current, password, StringComparison.Ordinal))
        {
            await audit.RecordAsync(http, "password-change", user.Id, "refused:same", actor: user.Id);
            return Problems.Invalid("password", "The new password must differ from the current one.");
        }
        // A new password is a new security stamp: earlier tokens stop working (and are listed as revoked).
        var changed = await users.ChangePasswordAsync(user, current, password);
        if (!changed.Succeeded)
        {
            await audit.RecordAsync(http, "password-change", user.Id, "refused:policy", actor: user.Id);
            return PasswordProblems.Of(changed, "password");
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.RecordAsync(http, "password-change", user.Id, "changed", actor: user.Id);
        return TypedResults.NoContent();
    }
}
