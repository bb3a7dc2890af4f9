using System.Security.Claims;

namespace Justice.Security;

/// <summary>Who is calling, as the access token says.</summary>
public static class Caller
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(JusticeClaims.Subject);

    public static string? RegionCode(this ClaimsPrincipal user) => user.FindFirstValue(JusticeClaims.Region);

    /// <summary>Who the caller is, for the <c>…By</c> fields of records: the token's subject.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.UserId() ?? "unknown";

    /// <summary>Whether the caller's token names <paramref name="regionCode"/> as their judicial region.</summary>
    public static bool IsOfRegion(this ClaimsPrincipal user, string? regionCode) =>
        regionCode is not null && string.Equals(user.RegionCode(), regionCode, StringComparison.Ordinal);

    public static bool HasRole(this ClaimsPrincipal user, params string[] roles) =>
        user.FindAll(JusticeClaims.Role).Any(claim => roles.Contains(claim.Value, StringComparer.Ordinal));

    /// <summary>A national caller is not limited to one region.</summary>
    public static bool IsNational(this ClaimsPrincipal user) =>
        user.FindAll(JusticeClaims.Role).Any(claim => Roles.IsNational(claim.Value));

    /// <summary>Whether the caller may see records of <paramref name="regionCode"/>.</summary>
    public static bool MaySeeRegion(this ClaimsPrincipal user, string regionCode) =>
        user.IsNational() || user.IsOfRegion(regionCode);
}
