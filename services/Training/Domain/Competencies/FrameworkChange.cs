namespace Justice.Training.Domain.Competencies;

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
