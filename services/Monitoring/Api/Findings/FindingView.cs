using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;

namespace Justice.Monitoring.Api.Findings;

/// <param name="Month">The month it concerns, e.g. <c>2026-05</c>.</param>
/// <param name="RegionCode">The region it concerns; null for the programme nationally.</param>
public sealed record FindingView(
    Guid Id, string Kind, string Author, DateOnly Date, string Month, string? RegionCode, string Findings, string Recommendations,
    DateTimeOffset RecordedAt, DateTimeOffset? UpdatedAt)
{
    public static FindingView From(EvaluationFinding f) =>
        new(f.Id, f.Kind, f.Author, f.Date, ProgrammeMonth.Format(f.Month), f.RegionCode, f.Findings, f.Recommendations, f.RecordedAt,
            f.UpdatedAt);
}
