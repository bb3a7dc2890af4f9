using Justice.Audit;
using Justice.Identity.Accounts;
using Justice.Identity.Api.Passwords;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Api.Users;

/// <summary>
/// Disabling, enabling, deleting and unlocking accounts and resetting their passwords. Disable, enable and reset follow
/// the same limits as every user change (coordinators: their region's practitioners and trainers); delete and unlock
/// are a national admin's. Every action, done or refused, is audited; every change that must end the user's sessions
/// gives them a new security stamp, which the access revocation list records (<see cref="Tokens.AccessRevocationRecorder"/>).
/// </summary>
public static class UserLifecycleApi
{
    public static RouteGroupBuilder MapUserLifecycle(this RouteGroupBuilder users)
    {
        users.MapPost("/{id:guid}/disable", Disable).WithName("DisableUser")
            .WithSummary("Disables a user: no sign-in, no refresh; their tokens are revoked.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/enable", Enable).WithName("EnableUser").WithSummary("Lets a disabled user sign in again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/{id:guid}/password", ResetPassword).WithName("ResetUserPassword")
            .WithSummary("Sets a new password that its holder must change at first sign-in; their tokens are revoked.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/{id:guid}/unlock", Unlock).WithName("UnlockUser")
            .WithSummary("Forgets the failed sign-ins of a user, from every address (national admins).")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin))
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapDelete("/{id:guid}", Delete).WithName("DeleteUser")
            .WithSummary("Deletes a user (national admins); the audit log keeps what they did.")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return users;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Disable(Guid id, HttpContext http, UserManager<JusticeUser> users,
        NationalAdmins admins, TimeProvider clock, SecurityAuditLog audit)
    {
        await using var transaction = await admins.LockAsync(http.RequestAborted);
        if (await UserAccess.FindManagedAsync(id, http, users, audit, "user-disable") is not (var user, _))
        {
            return UserAccess.UserNotFound();
        }
        if (await admins.IsLastAsync(user.Id, http.RequestAborted))
        {
            await audit.RecordAsync(http, "user-disable", user.Id, "refused:last-admin");
            return UserAccess.LastAdmin();
        }
        user.DisabledAt ??= clock.GetUtcNow();
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user); // ends their sessions and revokes their access tokens
        await transaction.CommitAsync(http.RequestAborted);
        await audit.RecordAsync(http, "user-disable", user.Id, "succeeded");
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Enable(Guid id, HttpContext http, UserManager<JusticeUser> users,
        SecurityAuditLog audit)
    {
        if (await UserAccess.FindManagedAsync(id, http, users, audit, "user-enable") is not (var user, _))
        {
            return UserAccess.UserNotFound();
        }
        user.DisabledAt = null;
        await users.UpdateAsync(user);
        await audit.RecordAsync(http, "user-enable", user.Id, "succeeded");
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ResetPassword(Guid id, ResetPasswordRequest request,
        HttpContext http, UserManager<JusticeUser> users, SecurityAuditLog audit)
    {
        if (await UserAccess.FindManagedAsync(id, http, users, audit, "password-reset") is not (var user, _))
        {
            return UserAccess.UserNotFound();
        }
        // Resetting gives the user a new security stamp: their earlier tokens stop working.
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), request.Password);
        if (!reset.Succeeded)
        {
            await audit.RecordAsync(http, "password-reset", user.Id, "refused:policy");
            return PasswordProblems.Of(reset, "password");
        }
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await audit.RecordAsync(http, "password-reset", user.Id, "succeeded");
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Unlock(Guid id, HttpContext http, UserManager<JusticeUser> users,
        SignInThrottle throttle, SecurityAuditLog audit)
    {
        if (await UserAccess.FindManagedAsync(id, http, users, audit, "user-unlock") is not (var user, _))
        {
            return UserAccess.UserNotFound();
        }
        await throttle.UnlockAsync(user.Id, http.RequestAborted);
        await audit.RecordAsync(http, "user-unlock", user.Id, "succeeded");
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, UserManager<JusticeUser> users,
        NationalAdmins admins, SecurityAuditLog audit)
    {
        await using var transaction = await admins.LockAsync(http.RequestAborted);
        if (await UserAccess.FindManagedAsync(id, http, users, audit, "user-delete") is not (var user, _))
        {
            return UserAccess.UserNotFound();
        }
        if (await admins.IsLastAsync(user.Id, http.RequestAborted))
        {
            await audit.RecordAsync(http, "user-delete", user.Id, "refused:last-admin");
            return UserAccess.LastAdmin();
        }
        // Deleting the user records an access revocation in the same save (AccessRevocationRecorder).
        await users.DeleteAsync(user);
        await transaction.CommitAsync(http.RequestAborted);
        await audit.RecordAsync(http, "user-delete", user.Id, "succeeded");
        return TypedResults.NoContent();
    }
}
