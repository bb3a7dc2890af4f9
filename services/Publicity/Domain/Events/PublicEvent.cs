using Justice.Contracts;

namespace Justice.Publicity.Domain.Events;

/// <summary>
/// A public event of the programme: a regional press conference, a round table, the national conference. Anyone may
/// register for it until it starts; <see cref="Capacity"/> seats go to those who confirmed first, the rest wait.
/// </summary>
public sealed class PublicEvent
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxVenueLength = 300;
    public const int MaxCapacity = 10_000;

    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    /// <summary>In Bulgarian always; English and French may be empty, and the Bulgarian is shown instead.</summary>
    public LocalizedText Title { get; set; } = new("", "", "");
    public LocalizedText Description { get; set; } = new("", "", "");
    /// <summary>The judicial region it is held for; null for a national event.</summary>
    public string? RegionCode { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public string Venue { get; set; } = "";
    public int Capacity { get; set; }
    public string Status { get; set; } = PublicEventStatus.Scheduled;
    /// <summary>Participants recorded as present, once held.</summary>
    public int? Participants { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Seats not yet taken, when <paramref name="taken"/> are confirmed (never below zero: capacity may have been lowered to them).</summary>
    public int SeatsLeft(int taken) => Math.Max(0, Capacity - taken);

    /// <summary>Whether someone may still register or confirm: scheduled and not yet started.</summary>
    public bool TakesRegistrations(DateTimeOffset now) => Status == PublicEventStatus.Scheduled && now < StartsAt;

    /// <summary>Whether attendance may be recorded: it has started and was not cancelled.</summary>
    public bool MayRecordAttendance(DateTimeOffset now) => Status != PublicEventStatus.Cancelled && now >= StartsAt;
}

/// <summary>Where a public event stands.</summary>
public static class PublicEventStatus
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
    public const string Held = "held";
}
