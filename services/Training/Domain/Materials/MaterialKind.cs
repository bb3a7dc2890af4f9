namespace Justice.Training.Domain.Materials;

/// <summary>What a training material is; a film may live on an external site instead of in the database.</summary>
public enum MaterialKind
{
    Manual,
    Presentation,
    CaseStudy,
    Handout,
    Film,
}

/// <summary>The kinds' names in the API: manual, presentation, case-study, handout, film.</summary>
public static class MaterialKinds
{
    private static readonly Dictionary<string, MaterialKind> ByCode = new(StringComparer.Ordinal)
    {
        ["manual"] = MaterialKind.Manual,
        ["presentation"] = MaterialKind.Presentation,
        ["case-study"] = MaterialKind.CaseStudy,
        ["handout"] = MaterialKind.Handout,
        ["film"] = MaterialKind.Film,
    };

    public static IEnumerable<string> Codes => ByCode.Keys;

    public static MaterialKind? Parse(string? code) => code is not null && ByCode.TryGetValue(code, out var kind) ? kind : null;

    public static string Code(this MaterialKind kind) => ByCode.Single(pair => pair.Value == kind).Key;
}
