namespace Justice.Network.Domain.Meetings;

/// <summary>
/// A working meeting of a region's territorial team or of a support council: when it was held, its agenda, who
/// attended (for a team, institutions of its region; for a council, its members), the decisions taken, and its
/// minutes as a file (metadata here, the bytes in <see cref="MeetingMinutesFile"/>, so that lists never load them).
/// </summary>
public sealed class WorkingMeeting
{
    public const int MaxAgendaItems = 30;
    public const int MaxAgendaItemLength = 500;
    public const int MaxDecisions = 50;
    public const int MaxDecisionLength = 2000;
    public const int MaxAttendees = 100;
    public const int MaxFileNameLength = 200;

    public required Guid Id { get; init; }
    /// <summary>The team whose meeting it is; null for a council's.</summary>
    public Guid? TeamId { get; init; }
    /// <summary>The council whose meeting it is; null for a team's.</summary>
    public Guid? CouncilId { get; init; }
    /// <summary>The region of the team or public council; null for the national council's meetings.</summary>
    public string? RegionCode { get; init; }
    public required DateOnly HeldOn { get; set; }
    public List<string> Agenda { get; set; } = [];
    /// <summary>Institution ids (a team's meeting) or council member ids (a council's).</summary>
    public List<Guid> Attendees { get; set; } = [];
    public List<string> Decisions { get; set; } = [];
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public string? MinutesFileName { get; set; }
    public string? MinutesContentType { get; set; }
    public long? MinutesSize { get; set; }
    /// <summary>SHA-256 of the minutes' bytes, lower-case hex; also the download's ETag.</summary>
    public string? MinutesSha256 { get; set; }
    public DateTimeOffset? MinutesUploadedAt { get; set; }
    public string? MinutesUploadedBy { get; set; }

    /// <summary>PostgreSQL's row version: of two changes racing, the second is refused.</summary>
    public uint Version { get; init; }

    public bool HasMinutes => MinutesSha256 is not null;
}

/// <summary>The bytes of a meeting's minutes.</summary>
public sealed class MeetingMinutesFile
{
    public required Guid MeetingId { get; init; }
    public required byte[] Bytes { get; set; }
}
