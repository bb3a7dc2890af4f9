using Justice.Contracts;
using Justice.Network.Reference;

namespace Justice.Network.Domain.Councils;

/// <summary>The roles an organisation holds on a council. A council has at most one chair and one secretary.</summary>
public static class CouncilRoles
{
    public const string Chair = "chair";
    public const string DeputyChair = "deputy-chair";
    public const string Secretary = "secretary";
    public const string Member = "member";

    public static readonly IReadOnlyList<ReferenceEntry> All =
    [
        new(Chair, null, new LocalizedText("Председател", "Chair", "Président")),
        new(DeputyChair, null, new LocalizedText("Заместник-председател", "Deputy chair", "Vice-président")),
        new(Secretary, null, new LocalizedText("Секретар", "Secretary", "Secrétaire")),
        new(Member, null, new LocalizedText("Член", "Member", "Membre")),
    ];

    public static readonly IReadOnlyList<string> Codes = [.. All.Select(r => r.Code)];

    /// <summary>Roles only one current member of a council may hold.</summary>
    public static readonly IReadOnlyList<string> HeldByOne = [Chair, Secretary];

    /// <summary>Where <paramref name="code"/> comes in a council's list of members: the chair first, members last.</summary>
    public static int Rank(string code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Code == code)
            {
                return i;
            }
        }
        return All.Count;
    }

    /// <summary>The name of <paramref name="code"/> in <paramref name="language"/>.</summary>
    public static string NameOf(string code, string language) =>
        All.FirstOrDefault(r => r.Code == code)?.Name.In(language) ?? code;
}
