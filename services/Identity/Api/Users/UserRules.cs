using System.Text.RegularExpressions;
using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.Security;
using Justice.ServiceDefaults.Http;

namespace Justice.Identity.Api.Users;

/// <summary>Request rules for accounts: user names, roles and the region a role needs.</summary>
public static partial class UserRules
{
    public const int MaxUserNameLength = 100;
    public const int MaxRoleLength = 50;
    public const int MaxInstitutionLength = 200;

    /// <summary>Letters, digits and <c>. _ @ -</c>, at most 100 characters once trimmed.</summary>
    public static IRuleBuilderOptions<T, string?> UserName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(MaxUserNameLength)
            .Must(name => name is not null && UserNameShape().IsMatch(name.Trim()))
            .WithMessage(_ => ReaderLanguage.Pick(
                "Използвайте само латински букви, цифри и . _ @ -.",
                "Use letters, digits and . _ @ - only.",
                "Utilisez uniquement des lettres, des chiffres et . _ @ -."));

    /// <summary>One of the roles people hold.</summary>
    public static IRuleBuilderOptions<T, string?> Role<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(MaxRoleLength).OneOf(Roles.People);

    /// <summary>
    /// A region exactly when <paramref name="roleOf"/> is a regional role: none for a national role, an ISO 3166-2:BG
    /// code (any case) for the others. Nothing is said while the role itself is unknown: its own rule names it.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> RegionOfRole<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> roleOf) =>
        rule.Must((request, region) => !IsKnown(roleOf(request), national: true) || region is null)
            .WithMessage(_ => ReaderLanguage.Pick(
                "Националните роли нямат съдебен район.",
                "National roles have no judicial region.",
                "Les rôles nationaux n'ont pas de région judiciaire."))
            .Must((request, region) => !IsKnown(roleOf(request), national: false)
                || (region is not null && JudicialRegionCode.IsWellFormed(JudicialRegionCode.Normalize(region))))
            .WithMessage(_ => ReaderLanguage.Pick(
                "Регионалните роли изискват код по ISO 3166-2:BG, например BG-05.",
                "Regional roles need an ISO 3166-2:BG code such as BG-05.",
                "Les rôles régionaux exigent un code ISO 3166-2:BG tel que BG-05."));

    /// <summary>The region a validated request names, in its canonical form; null for national roles.</summary>
    public static string? RegionOf(string? regionCode) => regionCode is null ? null : JudicialRegionCode.Normalize(regionCode);

    private static bool IsKnown(string? role, bool national) =>
        role is not null && Roles.People.Contains(role) && Roles.IsNational(role) == national;

    [GeneratedRegex(@"^[A-Za-z0-9._@\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNameShape();
}
