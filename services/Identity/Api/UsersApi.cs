using System.Security.Claims;
using System.Text.RegularExpressions;
using Justice.Contracts;
using Justice.Identity.Data;
using Justice.Identity.Domain;
using Justice.Audit;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Justice.Identity.Api;

/// <summary>
/// User administration. A national admin manages anyone; a regional coordinator manages the
/// practitioners and trainers of their own region only.
/// </summary>
public static partial class UsersApi
{
    private static readonly string[] RegionallyManaged = [Roles.Practitioner, Roles.Trainer];

    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/identity/users").WithTags("Users")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator));

        users.MapPost("/", Create).WithName("CreateUser").WithSummary("Creates a user with one role.")
            .Accepts<CreateUserRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapGet("/{id}", Get).WithName("GetUser").WithSummary("One user the caller may manage.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPut("/{id}/role", ChangeRole).WithName("ChangeUserRole")
            .WithSummary("Gives a user another role (and region), within what the caller may manage.")
            .Accepts<ChangeRoleRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapGet("/", List).WithName("ListUsers").WithSummary("The users the caller may manage, a page at a time.");
        return users;
    }

    public static async Task<Results<Created<UserView>, ProblemHttpResult>> Create(
        HttpRequest request, ClaimsPrincipal caller, UserManager<JusticeUser> users, IdentityDb db,
        SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CreateUserRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var input = body.Value!;
        var errors = new ValidationErrors();
        var userName = errors.RequireText("userName", input.UserName, 100);
        if (userName is not null && !UserNameShape().IsMatch(userName))
        {
            errors.Add("userName", "Use letters, digits and . _ @ - only.");
        }
        var (role, region) = ValidateRoleAndRegion(input.Role, input.RegionCode, errors);
        var institution = errors.RequireText("institution", input.Institution, 200);
        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add("password", "This field is required.");
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (!MayManage(caller, role!, region))
        {
            await audit.RecordAsync(request.HttpContext, "user-create", userName, "refused");
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "A regional coordinator creates practitioners and trainers of their own region only.");
        }

        var user = new JusticeUser { UserName = userName, RegionCode = region, Institution = institution!, EmailConfirmed = true };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName", error.Description);
            }
            return errors.ToProblem();
        }
        await users.AddToRoleAsync(user, role!);
        await audit.RecordAsync(request.HttpContext, "user-create", user.Id, "succeeded");
        return TypedResults.Created($"/api/identity/users/{user.Id}", UserView.From(user, role!, false));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> ChangeRole(
        string id, HttpRequest request, ClaimsPrincipal caller, UserManager<JusticeUser> users, IdentityDb db,
        SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ChangeRoleRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var errors = new ValidationErrors();
        var (role, region) = ValidateRoleAndRegion(body.Value!.Role, body.Value.RegionCode, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var user = await users.FindByIdAsync(id);
        var current = user is null ? null : (await users.GetRolesAsync(user)).FirstOrDefault();
        if (user is null || current is null || !MayManage(caller, current, user.RegionCode))
        {
            if (user is not null)
            {
                await audit.RecordAsync(request.HttpContext, "role-change", user.Id, "refused");
            }
            return Problems.NotFound("User not found", "There is no user with this id that you may manage.");
        }
        if (!MayManage(caller, role!, region))
        {
            await audit.RecordAsync(request.HttpContext, "role-change", user.Id, "refused");
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "You may give only roles of your own region that you manage.");
        }

        await users.RemoveFromRoleAsync(user, current);
        await users.AddToRoleAsync(user, role!);
        user.RegionCode = region;
        await users.UpdateAsync(user);
        // Tokens already issued keep the old role until they expire (10 minutes); refresh tokens re-read it.
        await audit.RecordAsync(request.HttpContext, "role-change", user.Id, $"{current}->{role}");
        return TypedResults.Ok(UserView.From(user, role!, await users.IsLockedOutAsync(user)));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal caller, UserManager<JusticeUser> users, IdentityDb db, HttpContext http, SecurityAuditLog audit)
    {
        var user = await users.FindByIdAsync(id);
        var role = user is null ? null : (await users.GetRolesAsync(user)).FirstOrDefault();
        if (user is null || role is null || !MayManage(caller, role, user.RegionCode))
        {
            if (user is not null)
            {
                await audit.RecordAsync(http, "user-read", user.Id, "refused");
            }
            return Problems.NotFound("User not found", "There is no user with this id that you may manage.");
        }
        return TypedResults.Ok(UserView.From(user, role, await users.IsLockedOutAsync(user)));
    }

    public static async Task<Results<Ok<PagedList<UserView>>, ProblemHttpResult>> List(
        ClaimsPrincipal caller, IdentityDb db, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Request(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

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
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(row => row.user.UserName)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Of(rows.Select(row => UserView.From(row.user, row.role, false)).ToList(), total));
    }

    /// <summary>A known role, with a region exactly when the role is regional.</summary>
    private static (string? Role, string? Region) ValidateRoleAndRegion(string? role, string? regionCode, ValidationErrors errors)
    {
        role = errors.RequireText("role", role, 50);
        if (role is not null && !Roles.People.Contains(role))
        {
            errors.Add("role", $"Unknown role. Known: {string.Join(", ", Roles.People)}.");
            role = null;
        }
        var region = regionCode is null ? null : JudicialRegionCode.Normalize(regionCode);
        if (role is not null && Roles.IsNational(role) && region is not null)
        {
            errors.Add("regionCode", "National roles have no judicial region.");
        }
        else if (role is not null && !Roles.IsNational(role) && !JudicialRegionCode.IsWellFormed(region))
        {
            errors.Add("regionCode", "Regional roles need an ISO 3166-2:BG code such as BG-05.");
        }
        return (role, region);
    }

    private static bool MayManage(ClaimsPrincipal caller, string role, string? region) =>
        caller.HasRole(Roles.NationalAdmin)
        || (caller.HasRole(Roles.RegionalCoordinator) && RegionallyManaged.Contains(role)
            && region is not null && string.Equals(caller.RegionCode(), region, StringComparison.Ordinal));

    [GeneratedRegex(@"^[A-Za-z0-9._@\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNameShape();
}

/// <summary>The body of <c>PUT /api/identity/users/{id}/role</c>.</summary>
public sealed record ChangeRoleRequest(string? Role, string? RegionCode);

/// <summary>The body of <c>POST /api/identity/users</c>.</summary>
public sealed record CreateUserRequest(string? UserName, string? Password, string? Role, string? RegionCode, string? Institution);

public sealed record UserView(string Id, string UserName, string Role, string? RegionCode, string Institution, bool LockedOut)
{
    public static UserView From(JusticeUser user, string role, bool lockedOut) =>
        new(user.Id, user.UserName!, role, user.RegionCode, user.Institution, lockedOut);
}
