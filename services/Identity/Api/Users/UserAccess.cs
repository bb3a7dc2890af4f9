using System.Security.Claims;
using Justice.Audit;
using Justice.Identity.Accounts;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Api.Users;

/// <summary>
/// Who may manage whom: a national admin anyone, a regional coordinator the practitioners and trainers of their own
/// region only.
/// </summary>
public static class UserAccess
{
    public static readonly string[] RegionallyManaged = [Roles.Practitioner, Roles.Trainer];

    /// <summary>
    /// The user with this id and their role, if the caller may manage them. Another region's user is, for this caller,
    /// a user that does not exist: the refusal is audited as <paramref name="action"/>.
    /// </summary>
    public static async Task<(JusticeUser User, string Role)?> FindManagedAsync(
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

    public static bool MayManage(ClaimsPrincipal caller, string role, string? region) =>
        caller.HasRole(Roles.NationalAdmin)
        || (caller.HasRole(Roles.RegionalCoordinator) && RegionallyManaged.Contains(role)
            && region is not null && string.Equals(caller.RegionCode(), region, StringComparison.Ordinal));

    public static ProblemHttpResult UserNotFound() =>
        Problems.NotFound(AccountProblems.UserNotFoundTitle(), ReaderLanguage.Pick(
            "Няма потребител с този идентификатор, който можете да управлявате.",
            "There is no user with this id that you may manage.",
            "Il n'y a pas d'utilisateur avec cet identifiant que vous puissiez gérer."));

    public static ProblemHttpResult LastAdmin() =>
        Problems.Conflict(ReaderLanguage.Pick(
            "Това е последният активен национален администратор: първо създайте или активирайте друг.",
            "This is the last enabled national admin: make or enable another one first.",
            "C'est le dernier administrateur national actif : créez-en ou activez-en un autre d'abord."));
}
