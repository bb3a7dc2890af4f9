using System.Collections.Frozen;
using Justice.Contracts;
using Justice.Persistence;

namespace Justice.Network.Reference;

/// <summary>A code of one of the programme's lists, the article that provides it (null when none), and its name.</summary>
public sealed record ReferenceEntry(string Code, string? Article, LocalizedText Name);

/// <summary>
/// The lists Network works with, read from the CSVs it embeds (Data/Seed): the kinds of institution that cooperate on
/// victims' cases, the information a victim has a right to receive (Art. 4 and 6), and the support a referral asks
/// for (Art. 8–9).
/// </summary>
public static class NetworkReference
{
    public static readonly IReadOnlyList<ReferenceEntry> InstitutionTypes = Read("institution-types.csv", hasArticle: false);

    /// <summary>Every item of the information checklist: Art. 4(1)(a)–(k) from the first contact, then Art. 6.</summary>
    public static readonly IReadOnlyList<ReferenceEntry> InformationRights = Read("information-rights.csv", hasArticle: true);

    /// <summary>The rights of Art. 4(1): the items a victim must have been told of for cooperation to count as effective.</summary>
    public static readonly IReadOnlyList<ReferenceEntry> Article4Rights =
        InformationRights.Where(r => r.Article?.StartsWith("4(", StringComparison.Ordinal) == true).ToList();

    public static readonly IReadOnlyList<ReferenceEntry> SupportNeeds = Read("support-needs.csv", hasArticle: true);

    private static readonly FrozenSet<string> InstitutionTypeCodes =
        InstitutionTypes.Select(t => t.Code).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> InformationRightCodes =
        InformationRights.Select(t => t.Code).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> SupportNeedCodes =
        SupportNeeds.Select(t => t.Code).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsInstitutionType(string? code) => code is not null && InstitutionTypeCodes.Contains(code);

    public static bool IsInformationRight(string? code) => code is not null && InformationRightCodes.Contains(code);

    public static bool IsSupportNeed(string? code) => code is not null && SupportNeedCodes.Contains(code);

    private static IReadOnlyList<ReferenceEntry> Read(string fileName, bool hasArticle) =>
        ReferenceData.Read(typeof(NetworkReference).Assembly, fileName, row => new ReferenceEntry(
            row.GetString("code"),
            hasArticle && row.GetString("article") is { Length: > 0 } article ? article : null,
            new LocalizedText(row.GetString("name_bg"), row.GetString("name_en"), row.GetString("name_fr"))));
}
