using System.Security.Claims;
using Justice.Api;
using Justice.Audit;
using Justice.Identity.Accounts;
using Justice.Identity.Api.Passwords;
using Justice.Identity.Data;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Justice.Identity.Api.Users;

/// <summary>
/// User administration. A national admin manages anyone; a regional coordinator manages the
/// practitioners and trainers of their own region only.
/// </summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator));

        users.MapPost("/", Create).WithName("CreateUser")
            .WithSummary("Creates a user with one role (and, for a regional role, their region).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapGet("/{id:guid}", Get).WithName("GetUser").WithSummary("One user the caller may manage.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPut("/{id:guid}/role", ChangeRole).WithName("ChangeUserRole")
            .WithSummary("Gives a user another role (and region), within what the caller may manage.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapUserLifecycle();
        users.MapGet("/", List).WithName("ListUsers").WithSummary("The users the caller may manage, by user name, a page at a time.")
            .ProducesValidationProblem();
        return users;
    }

    public static async Task<Results<Created<UserView>, ProblemHttpResult>> Create(
        CreateUserRequest request, HttpContext http, UserManager<JusticeUser> users, SecurityAuditLog audit)
    {
        var userName = request.UserName.Trim();
        var region = UserRules.RegionOf(request.RegionCode);
        if (!UserAccess.MayManage(http.User, request.Role, region))
        {
            await audit.RecordAsync(http, "user-create", userName, "refused");
            return Problems.Forbidden(ReaderLanguage.Pick(
                "Регионалният координатор създава практикуващи и обучители само от своя съдебен район.",
                "A regional coordinator creates practitioners and trainers of their own region only.",
                "Un coordinateur régional ne crée des praticiens et des formateurs que de sa propre région."));
        }

        // Someone else chose the password: no token until its holder changes it (POST /account/password).
        var user = new JusticeUser
        {
            UserName = userName, RegionCode = region, Institution = request.Institution.Trim(), EmailConfirmed = true,
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            // The password policy and the unique user name are Identity's to check: each refusal names its field.
            return PasswordProblems.Of(created, "password");
        }
        await users.AddToRoleAsync(user, request.Role);
        await audit.RecordAsync(http, "user-create", user.Id, "succeeded");
        return TypedResults.Created($"/api/identity/users/{user.Id}", UserView.From(user, request.Role, false));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> ChangeRole(Guid id, ChangeRoleRequest request, HttpContext http,
        UserManager<JusticeUser> users, NationalAdmins admins, SignInThrottle throttle, SecurityAuditLog audit)
    {
        var region = UserRules.RegionOf(request.RegionCode);
        await using var transaction = await admins.LockAsync(http.RequestAborted);
        if (await UserAccess.FindManagedAsync(id, http, users, audit, "role-change") is not (var user, var current))
        {
            return UserAccess.UserNotFound();
        }
        if (!UserAccess.MayManage(http.User, request.Role, region))
        {
            await audit.RecordAsync(http, "role-change", user.Id, "refused");
            return Problems.Forbidden(ReaderLanguage.Pick(
                "Можете да давате само роли от своя съдебен район, които управлявате.",
                "You may give only roles of your own region that you manage.",
                "Vous ne pouvez attribuer que les rôles de votre propre région que vous gérez."));
        }
        if (request.Role != Roles.NationalAdmin && await admins.IsLastAsync(user.Id, http.RequestAborted))
        {
            await audit.RecordAsync(http, "role-change", user.Id, "refused:last-admin");
            return UserAccess.LastAdmin();
        }

        await users.RemoveFromRoleAsync(user, current);
        await users.AddToRoleAsync(user, request.Role);
        user.RegionCode = region;
        await users.UpdateAsync(user);
        // Refresh tokens and codes issued before stop working; the same save records the access revocation the services poll.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(http.RequestAborted);
        await audit.RecordAsync(http, "role-change", user.Id, $"{current}->{request.Role}");
        return TypedResults.Ok(UserView.From(user, request.Role, await throttle.IsLockedAsync(user.Id, http.RequestAborted)));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, UserManager<JusticeUser> users, SignInThrottle throttle, SecurityAuditLog audit)
    {
        return await UserAccess.FindManagedAsync(id, http, users, audit, "user-read") is (var user, var role)
            ? TypedResults.Ok(UserView.From(user, role, await throttle.IsLockedAsync(user.Id, http.RequestAborted)))
            : UserAccess.UserNotFound();
    }

    public static async Task<Ok<PagedList<UserView>>> List(
        [AsParameters] PageQuery page, ClaimsPrincipal caller, IdentityDb db, SignInThrottle throttle, CancellationToken cancellationToken)
    {
        var query =
            from user in db.Users
            join link in db.UserRoles on user.Id equals link.UserId
            join role in db.Roles on link.RoleId equals role.Id
            select new { user, role = role.Name! };
        if (!caller.HasRole(Roles.NationalAdmin))
        {
            var region = caller.RegionCode();
            query = query.Where(row => row.user.RegionCode == region && UserAccess.RegionallyManaged.Contains(row.role));
        }
        var rows = await query.OrderBy(row => row.user.UserName).ThenBy(row => row.user.Id).ToPageAsync(page, cancellationToken);
        var locked = await throttle.LockedAsync([.. rows.Items.Select(row => row.user.Id)], cancellationToken);
        return TypedResults.Ok(rows.Select(row => UserView.From(row.user, row.role, locked.Contains(row.user.Id))));
    }
}
