using Justice.Api;
using Justice.Network.Domain.Councils;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Councils;

/// <summary>A council in a list: what it is and how many organisations sit on it.</summary>
/// <param name="Kind"><c>national</c> or <c>public</c>.</param>
/// <param name="RegionCode">The region of a public council; null for the national council.</param>
public sealed record CouncilSummary(Guid Id, string Kind, string? RegionCode, string Name, DateOnly? EstablishedOn, int Members)
{
    public static CouncilSummary From(SupportCouncil council, int members) =>
        new(council.Id, council.Kind, council.RegionCode, council.Name, council.EstablishedOn, members);
}

/// <summary>A council with its current members.</summary>
public sealed record CouncilView(
    Guid Id, string Kind, string? RegionCode, string Name, DateOnly? EstablishedOn, IReadOnlyList<CouncilMemberView> Members,
    DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt)
{
    public static CouncilView From(SupportCouncil council) =>
        new(council.Id, council.Kind, council.RegionCode, council.Name, council.EstablishedOn,
            [.. council.Members.Where(m => m.IsCurrent).OrderBy(m => CouncilRoles.Rank(m.Role)).ThenBy(m => m.AddedAt)
                .ThenBy(m => m.Id).Select(CouncilMemberView.From)],
            council.CreatedAt, council.UpdatedAt);
}

/// <summary>An organisation on a council.</summary>
/// <param name="Role">The role's code: <c>chair</c>, <c>deputy-chair</c>, <c>secretary</c> or <c>member</c>.</param>
/// <param name="RoleName">The role's name in the reader's language.</param>
/// <param name="InstitutionId">The organisation's id among Network's institutions, when it is one.</param>
public sealed record CouncilMemberView(Guid Id, string Organisation, string Role, string RoleName, Guid? InstitutionId, DateTimeOffset AddedAt)
{
    public static CouncilMemberView From(CouncilMember member) =>
        new(member.Id, member.Organisation, member.Role, CouncilRoles.NameOf(member.Role, ReaderLanguage.Current), member.InstitutionId,
            member.AddedAt);
}
