using System.Collections.Frozen;
using Justice.Messaging;
using Justice.ServiceDefaults.Http;

namespace Justice.Training.Domain;

/// <summary>A representative of a ministry or national body, trained in the programme's national sessions.</summary>
public sealed class DecisionMaker
{
    public required Guid Id { get; init; }
    /// <summary>Personal data: shown to authorised readers only, never in events, logs or URLs.</summary>
    public required string FullName { get; init; }
    /// <summary>Code of the body (decision-maker-bodies.csv), e.g. <c>MJ</c>.</summary>
    public required string Body { get; init; }
    public required string Position { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    /// <summary>The language of their certificate: bg, en or fr.</summary>
    public string Language { get; init; } = "bg";
}

/// <summary>The bodies whose decision makers are trained (decision-maker-bodies.csv).</summary>
public static class DecisionMakerBodies
{
    public sealed record DecisionMakerBody(string Code, string NameBg, string NameEn, string NameFr);

    public static readonly IReadOnlyList<DecisionMakerBody> All = SeedCsv
        .ReadEmbedded(typeof(DecisionMakerBodies).Assembly, "decision-maker-bodies.csv")
        .Select(row => new DecisionMakerBody(row["code"], row["name_bg"], row["name_en"], row["name_fr"]))
        .ToList();

    private static readonly FrozenSet<string> Codes = All.Select(b => b.Code).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}

public static class DecisionMakerRules
{
    public const int MaxPositionLength = 200;

    /// <summary>Checks every field; returns the cleaned fields when all are valid.</summary>
    public static DecisionMakerRegistration? Validate(string? fullName, string? body, string? position, ValidationErrors errors)
    {
        var name = PractitionerRules.ValidateFullName(fullName, errors);
        var code = errors.RequireText("body", body, 10);
        if (code is not null && !DecisionMakerBodies.IsKnown(code))
        {
            errors.Add("body", $"Unknown body. Known: {string.Join(", ", DecisionMakerBodies.All.Select(b => b.Code))}.");
        }
        var title = errors.RequireText("position", position, MaxPositionLength);
        return errors.IsEmpty ? new DecisionMakerRegistration(name!, code!, title!) : null;
    }
}

public sealed record DecisionMakerRegistration(string FullName, string Body, string Position);
