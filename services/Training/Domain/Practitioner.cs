namespace Justice.Training.Domain;

/// <summary>A professional registered for the programme's training in their judicial region.</summary>
public sealed class Practitioner
{
    public required Guid Id { get; init; }
    /// <summary>Personal data: shown to authorised readers only, never in events, logs or URLs.</summary>
    public required string FullName { get; set; }
    public required string Profession { get; init; }
    public required string Institution { get; set; }
    public required string RegionCode { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    /// <summary>The practitioner's own account (token subject), when they have one: it lets them see their record.</summary>
    public string? UserId { get; set; }
    /// <summary>The language of their certificate: bg, en or fr.</summary>
    public string Language { get; set; } = "bg";
}
