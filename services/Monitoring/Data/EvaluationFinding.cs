namespace Justice.Monitoring.Data;

/// <summary>
/// What the programme's internal monitoring or its external evaluator found about a month, and what they recommend:
/// written by people about the programme, never about a victim.
/// </summary>
public sealed class EvaluationFinding
{
    public const int MaxAuthorLength = 200;
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; }
    /// <summary>One of <see cref="FindingKinds.All"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>A name or an organisation, as the author signs.</summary>
    public required string Author { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>The month the finding concerns (its first day).</summary>
    public DateOnly Month { get; set; }
    /// <summary>The judicial region it concerns; null: the programme nationally.</summary>
    public string? RegionCode { get; set; }
    public required string Findings { get; set; }
    public required string Recommendations { get; set; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; set; }
}

/// <summary>Who found it: the programme's own monitoring, or the external evaluation.</summary>
public static class FindingKinds
{
    public const string InternalMonitoring = "internal-monitoring";
    public const string ExternalEvaluation = "external-evaluation";

    public static readonly IReadOnlyList<string> All = [InternalMonitoring, ExternalEvaluation];
}
