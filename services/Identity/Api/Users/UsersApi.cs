using System.Security.Claims;
using Justice.Api;
using Justice.Audit;
using Justice.Identity.Accounts;
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
    private static readonly string[] RegionallyManaged = [Roles.Practitioner, Roles.Trainer];

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
        users.MapGet("/", List).WithName("ListUsers").WithSummary("The users the caller may manage, by user name, a page at a time.")
            .ProducesValidationProblem();
        return users;
    }

    public static async Task<Results<Created<UserView>, ProblemHttpResult>> Create(
        CreateUserRequest request, HttpContext http, UserManager<JusticeUser> users, SecurityAuditLog audit)
    {
        var userName = request.UserName.Trim();
        var region = UserRules.RegionOf(request.RegionCode);
        if (!MayManage(http.User, request.Role, region))
        {
            await audit.RecordAsync(http, "user-create", userName, "refused");
            return Problems.Forbidden("A regional coordinator creates practitioners and trainers of their own region only.");
        }

        var user = new JusticeUser { UserName = userName, RegionCode = region, Institution = request.Institution.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            // The password policy and the unique user name are Identity's to check: each refusal names its field.
            return Problems.Validation(created.Errors
                .GroupBy(error => error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName")
                .ToDictionary(field => field.Key, field => field.Select(error => error.Description).ToArray()));
        }
        await users.AddToRoleAsync(user, request.Role);
        await audit.RecordAsync(http, "user-create", user.Id, "succeeded");
        return TypedResults.Created($"/api/identity/users/{user.Id}", UserView.From(user, request.Role, false));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> ChangeRole(
        Guid id, ChangeRoleRequest request, HttpContext http, UserManager<JusticeUser> users, SecurityAuditLog audit)
    {
        var region = UserRules.RegionOf(request.RegionCode);
        if (await FindManagedAsync(id, http, users, audit, "role-change") is not (var user, var current))
        {
            return UserNotFound();
        }
        if (!MayManage(http.User, request.Role, region))
        {
            await audit.RecordAsync(http, "role-change", user.Id, "refused");
            return Problems.Forbidden("You may give only roles of your own region that you manage.");
        }

        await users.RemoveFromRoleAsync(user, current);
        await users.AddToRoleAsync(user, request.Role);
        user.RegionCode = region;
        await users.UpdateAsync(user);
        // Tokens already issued stop working within the services' revocation poll; refresh tokens re-read the role.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(http, "role-change", user.Id, $"{current}->{request.Role}");
        return TypedResults.Ok(UserView.From(user, request.Role, await users.IsLockedOutAsync(user)));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, UserManager<JusticeUser> users, SecurityAuditLog audit)
    {
        return await FindManagedAsync(id, http, users, audit, "user-read") is (var user, var role)
            ? TypedResults.Ok(UserView.From(user, role, await users.IsLockedOutAsync(user)))
            : UserNotFound();
    }

    public static async Task<Ok<PagedList<UserView>>> List(
        [AsParameters] PageQuery page, ClaimsPrincipal caller, IdentityDb db, CancellationToken cancellationToken)
    {
        var query =
            from user in db.Users
            join link in db.UserRoles on user.Id equals link.UserId
            join role in db.Roles on link.RoleId equals role.Id
            select new { user, role = role.Name! };
        if (!caller.HasRole(Roles.NationalAdmin))
        {
            var region = caller.RegionCode();
            query = query.Where(row => row.user.RegionCode == region && RegionallyManaged.Contains(row.role));
        }
        var rows = await query.OrderBy(row => row.user.UserName).ThenBy(row => row.user.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(rows.Select(row => UserView.From(row.user, row.role, false)));
    }

    /// <summary>
    /// The user with this id and their role, if the caller may manage them. Another region's user is, for this caller,
    /// a user that does not exist: the refusal is audited as <paramref name="action"/>.
    /// </summary>
    private static async Task<(JusticeUser User, string Role)?> FindManagedAsync(
        Guid id, HttpContext http, UserManager<JusticeUser> users, SecurityAuditLog audit, string action)
    {
        var user = await users.FindByIdAsync(id.ToString());
        var role = user is null ? null : (await users.GetRolesAsync(user)).FirstOrDefault();
        if (user is not null && role is not null && MayManage(http.User, role, user.RegionCode))
        {
            return (user, role);
        }
        if (user is not null)
        {
            await audit.RecordAsync(http, action, user.Id, "refused");
        }
        return null;
    }

    private static bool MayManage(ClaimsPrincipal caller, string role, string? region) =>
        caller.HasRole(Roles.NationalAdmin)
        || (caller.HasRole(Roles.RegionalCoordinator) && RegionallyManaged.Contains(role)
            && region is not null && string.Equals(caller.RegionCode(), region, StringComparison.Ordinal));

    private static ProblemHttpResult UserNotFound() =>
        Problems.NotFound("User not found", "There is no user with this id that you may manage.");
}
