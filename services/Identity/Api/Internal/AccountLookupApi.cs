using Justice.Audit;
using Justice.Identity.Accounts;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Api.Internal;

/// <summary>What another service may learn of an account: its role and region, nothing personal.</summary>
public sealed record AccountLookup(string Id, string Role, string? RegionCode);

/// <summary>
/// For the other services only (the gateway routes nothing under <c>/internal</c>): the role and region of an
/// account, so Training can check an account id a request carries — a practitioner's own account, a session's
/// trainers — against the caller's scope. The caller's own token comes along: national callers and services may
/// ask about any account, a coordinator about the accounts of their own region only; another region's account
/// is, for them, one that does not exist, and the attempt is audited.
/// </summary>
public static class AccountLookupApi
{
    public static RouteHandlerBuilder MapAccountLookupApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/internal/accounts/{id}", Lookup)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.Service, Roles.RegionalCoordinator))
            .ExcludeFromDescription()
            .WithName("LookUpAccount")
            .WithSummary("The role and region of an account (services only).");

    public static async Task<Results<Ok<AccountLookup>, ProblemHttpResult>> Lookup(
        string id, HttpContext http, UserManager<JusticeUser> users, SecurityAuditLog audit)
    {
        var user = id.Length <= 100 && Guid.TryParse(id, out _) ? await users.FindByIdAsync(id) : null;
        var role = user is null ? null : (await users.GetRolesAsync(user)).FirstOrDefault();
        if (user is null || role is null)
        {
            return AccountNotFound();
        }
        if (!http.User.IsNational() && !string.Equals(http.User.RegionCode(), user.RegionCode, StringComparison.Ordinal))
        {
            await audit.RecordAsync(http, "account-lookup", user.Id, "refused");
            return AccountNotFound();
        }
        return TypedResults.Ok(new AccountLookup(user.Id, role, user.RegionCode));
    }

    private static ProblemHttpResult AccountNotFound() =>
        Problems.NotFound(ReaderLanguage.Pick("Няма такъв профил", "Account not found", "Compte introuvable"), ReaderLanguage.Pick(
            "Няма профил с този идентификатор, който можете да потърсите.",
            "There is no account with this id that you may look up.",
            "Il n'y a pas de compte avec cet identifiant que vous puissiez consulter."));
}
