namespace Justice.Training.Domain.Competencies;

/// <summary>
/// One version of the competency framework: the competencies, and the level each profession needs in
/// each. A draft may change; a published version never does — edits go into a new draft, and records
/// keep pointing at the version they used.
/// </summary>
public sealed class CompetencyFrameworkVersion
{
    public required int Number { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public List<FrameworkCompetency> Competencies { get; init; } = [];
    public List<ProfileRequirement> Requirements { get; init; } = [];

    public bool IsPublished => PublishedAt is not null;

    /// <summary>The professions × competencies that still have no required level.</summary>
    public IReadOnlyList<string> MissingRequirements(IEnumerable<string> professions) =>
        [.. from profession in professions
            from competency in Competencies
            where !Requirements.Any(r => r.Profession == profession && r.CompetencyCode == competency.Code)
            select $"{profession}/{competency.Code}"];

    /// <summary>Publishes a complete draft; returns why not otherwise.</summary>
    public FrameworkChange Publish(IEnumerable<string> professions, DateTimeOffset now)
    {
        if (IsPublished)
        {
            return FrameworkChange.Refused("This version is published and cannot change; start a new draft.");
        }
        var missing = MissingRequirements(professions);
        if (missing.Count > 0)
        {
            return FrameworkChange.Incomplete(missing);
        }
        PublishedAt = now;
        return FrameworkChange.Done;
    }

    /// <summary>Sets the levels one profession needs; only in a draft, only known competencies, levels 1–3.</summary>
    public FrameworkChange SetProfile(string profession, IReadOnlyDictionary<string, int> levels)
    {
        if (IsPublished)
        {
            return FrameworkChange.Refused("This version is published and cannot change; start a new draft.");
        }
        var unknown = levels.Keys.Where(code => Competencies.All(c => c.Code != code)).ToList();
        var outOfScale = levels.Where(pair => !ProficiencyScale.IsLevel(pair.Value)).Select(pair => pair.Key).ToList();
        if (unknown.Count > 0 || outOfScale.Count > 0)
        {
            return FrameworkChange.Invalid(unknown, outOfScale);
        }
        Requirements.RemoveAll(r => r.Profession == profession && levels.ContainsKey(r.CompetencyCode));
        Requirements.AddRange(levels.Select(pair => new ProfileRequirement
        {
            VersionNumber = Number,
            Profession = profession,
            CompetencyCode = pair.Key,
            Level = pair.Value,
        }));
        return FrameworkChange.Done;
    }

    /// <summary>Replaces a competency's texts; only in a draft. Unknown code: <c>null</c>.</summary>
    public FrameworkChange? Describe(string code, CompetencyTexts texts)
    {
        if (IsPublished)
        {
            return FrameworkChange.Refused("This version is published and cannot change; start a new draft.");
        }
        var index = Competencies.FindIndex(c => c.Code == code);
        if (index < 0)
        {
            return null;
        }
        Competencies[index] = Competencies[index] with
        {
            NameBg = texts.NameBg, NameEn = texts.NameEn, NameFr = texts.NameFr,
            DescriptionBg = texts.DescriptionBg, DescriptionEn = texts.DescriptionEn, DescriptionFr = texts.DescriptionFr,
        };
        return FrameworkChange.Done;
    }

    /// <summary>The next draft: a copy of this version's competencies and profiles.</summary>
    public CompetencyFrameworkVersion NextDraft(DateTimeOffset now)
    {
        var next = Number + 1;
        return new CompetencyFrameworkVersion
        {
            Number = next,
            CreatedAt = now,
            Competencies = [.. Competencies.Select(c => c with { VersionNumber = next })],
            Requirements = [.. Requirements.Select(r => r with { VersionNumber = next })],
        };
    }
}

public sealed record FrameworkCompetency
{
    public required int VersionNumber { get; init; }
    public required string Code { get; init; }
    public required string NameBg { get; init; }
    public required string NameEn { get; init; }
    public required string NameFr { get; init; }
    public required string DescriptionBg { get; init; }
    public required string DescriptionEn { get; init; }
    public required string DescriptionFr { get; init; }
}

/// <summary>A competency's name and description in the programme's three languages, all required.</summary>
public sealed record CompetencyTexts(string NameBg, string NameEn, string NameFr, string DescriptionBg, string DescriptionEn, string DescriptionFr)
{
    public const int NameMaxLength = 300;
    public const int DescriptionMaxLength = 2000;
}

public sealed record ProfileRequirement
{
    public required int VersionNumber { get; init; }
    public required string Profession { get; init; }
    public required string CompetencyCode { get; init; }
    public required int Level { get; init; }
}

/// <summary>The outcome of a change to a framework version.</summary>
public sealed record FrameworkChange(bool Succeeded, string? RefusedBecause, IReadOnlyList<string> Missing,
    IReadOnlyList<string> UnknownCompetencies, IReadOnlyList<string> LevelsOutOfScale)
{
    public static readonly FrameworkChange Done = new(true, null, [], [], []);

    public static FrameworkChange Refused(string reason) => new(false, reason, [], [], []);

    public static FrameworkChange Incomplete(IReadOnlyList<string> missing) => new(false, null, missing, [], []);

    public static FrameworkChange Invalid(IReadOnlyList<string> unknown, IReadOnlyList<string> outOfScale) =>
        new(false, null, [], unknown, outOfScale);
}

/// <summary>The proficiency scale every profile uses.</summary>
public static class ProficiencyScale
{
    public sealed record Level(int Value, string NameBg, string NameEn, string NameFr,
        string DescriptionBg, string DescriptionEn, string DescriptionFr);

    public static readonly IReadOnlyList<Level> Levels =
    [
        new(1, "Осведомен", "Aware", "Sensibilisé",
            "Познава понятията и правилата и знае кога да потърси специалист.",
            "Knows the concepts and rules and when to call on a specialist.",
            "Connaît les notions et les règles et sait quand faire appel à un spécialiste."),
        new(2, "Практикуващ", "Practising", "Praticien",
            "Прилага ги самостоятелно в обичайните случаи.",
            "Applies them independently in ordinary cases.",
            "Les applique de manière autonome dans les cas courants."),
        new(3, "Експерт", "Expert", "Expert",
            "Прилага ги в сложни случаи и напътства колегите си.",
            "Applies them in complex cases and guides colleagues.",
            "Les applique dans les cas complexes et guide ses collègues."),
    ];

    public static bool IsLevel(int value) => value is >= 1 and <= 3;
}
