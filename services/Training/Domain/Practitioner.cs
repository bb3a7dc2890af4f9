namespace Justice.Training.Domain;

/// <summary>A professional registered for the programme's training in their judicial region.</summary>
public sealed class Practitioner
{
    public required Guid Id { get; init; }
    /// <summary>Personal data: shown to authorised readers only, never in events, logs or URLs.</summary>
    public required string FullName { get; init; }
    public required string Profession { get; init; }
    public required string Institution { get; init; }
    public required string RegionCode { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
}
