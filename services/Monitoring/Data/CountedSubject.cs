using Justice.Monitoring.Domain;

namespace Justice.Monitoring.Data;

/// <summary>
/// A counted subject's state (<see cref="SubjectState"/>) as a row: where it counts, if it does, and the occurrence
/// that decided it. A row with no <see cref="OccurredAt"/> was created to be locked and has not been decided yet.
/// </summary>
public sealed class CountedSubject
{
    public required string Kind { get; init; }
    public Guid SubjectId { get; init; }
    public Guid? OwnerId { get; init; }
    public string? RegionCode { get; set; }
    public DateOnly? Month { get; set; }
    public string? Dimension { get; set; }
    public long? Weight { get; set; }
    public DateTimeOffset? OccurredAt { get; set; }

    public SubjectState? State => OccurredAt is { } occurredAt
        ? new SubjectState(RegionCode is null ? null : new Placement(RegionCode, Month!.Value, Dimension!, Weight!.Value), occurredAt)
        : null;

    public void Set(SubjectState state)
    {
        RegionCode = state.Placement?.RegionCode;
        Month = state.Placement?.Month;
        Dimension = state.Placement?.Dimension;
        Weight = state.Placement?.Weight;
        OccurredAt = state.OccurredAt;
    }
}
