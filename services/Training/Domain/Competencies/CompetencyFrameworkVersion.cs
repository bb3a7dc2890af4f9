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
