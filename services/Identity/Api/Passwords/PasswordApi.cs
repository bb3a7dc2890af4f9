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
            return AccountProblems.SignedInUserGone();
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
                return AccountProblems.Throttled();
            case SignInOutcome.Disabled:
                return Problems.Forbidden(AccountProblems.Disabled());
            case SignInOutcome.SecondFactorFailed:
                return Problems.Invalid("code", ReaderLanguage.Pick("Нужен е текущ код от приложението за удостоверяване.",
                    "A current code from the authenticator is required.", "Un code actuel de l'application d'authentification est requis."));
            case SignInOutcome.Wrong:
                return Problems.Invalid("currentPassword", ReaderLanguage.Pick("Грешно потребителско име или текуща парола.",
                    "The user name or current password is wrong.", "Nom d'utilisateur ou mot de passe actuel incorrect."));
        }
        var user = check.User!;
        if (string.Equals(current, password, StringComparison.Ordinal))
        {
            await audit.RecordAsync(http, "password-change", user.Id, "refused:same", actor: user.Id);
            return Problems.Invalid("password", ReaderLanguage.Pick("Новата парола трябва да се различава от текущата.",
                "The new password must differ from the current one.", "Le nouveau mot de passe doit être différent de l'actuel."));
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
