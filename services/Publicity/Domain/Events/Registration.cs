namespace Justice.Publicity.Domain.Events;

/// <summary>
/// Someone's registration for a public event, made without an account. The name, e-mail and organisation are personal
/// data: seen only by publicity editors and national admins, never in an event, a log or a URL, and erased on request
/// (<see cref="Erase"/>), after which the registration still counts toward the participants. The codes mailed to the
/// participant are kept only as hashes, and each works once.
/// </summary>
public sealed class Registration
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxOrganisationLength = 200;

    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public string? Name { get; set; }
    /// <summary>Lower case, so one address registers once per event whatever its spelling.</summary>
    public string? Email { get; set; }
    public string? Organisation { get; set; }
    /// <summary>The language mails are written in: <c>bg</c>, <c>en</c> or <c>fr</c>.</summary>
    public string Language { get; set; } = "bg";
    /// <summary>The consent the participant gave, word for word in the language they read it in, and when.</summary>
    public string ConsentWording { get; set; } = "";
    public DateTimeOffset ConsentedAt { get; set; }
    public string Status { get; set; } = RegistrationStatus.Pending;
    public string? ConfirmationCodeHash { get; set; }
    public DateTimeOffset? ConfirmationExpiresAt { get; set; }
    public string? CancellationTokenHash { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public bool Attended { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>Holds or waits for a seat, or waits for its confirmation: the one registration its address may have.</summary>
    public bool IsActive => RegistrationStatus.Active.Contains(Status);

    /// <summary>Whether <paramref name="now"/> is still within the confirmation code's validity.</summary>
    public bool MayConfirm(DateTimeOffset now) =>
        Status == RegistrationStatus.Pending && ConfirmationCodeHash is not null && now < ConfirmationExpiresAt;

    /// <summary>Confirms the address: a seat when <paramref name="seatsTaken"/> leaves one, else the waiting list.</summary>
    public void Confirm(int seatsTaken, int capacity, DateTimeOffset now)
    {
        Status = seatsTaken < capacity ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        ConfirmedAt = now;
        ConfirmationCodeHash = null;
        ConfirmationExpiresAt = null;
    }

    public void Cancel(DateTimeOffset now)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
        ConfirmationCodeHash = null;
        ConfirmationExpiresAt = null;
        CancellationTokenHash = null;
    }

    /// <summary>
    /// Forgets who it was, and any code still waiting; whether they attended stays, so the participants' count does not
    /// change. (Before the event, the caller cancels it first: nobody could be told about their seat.)
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        Name = null;
        Email = null;
        Organisation = null;
        ConfirmationCodeHash = null;
        ConfirmationExpiresAt = null;
        CancellationTokenHash = null;
        ErasedAt = now;
    }
}

/// <summary>Where a registration stands.</summary>
public static class RegistrationStatus
{
    /// <summary>Waiting for the code mailed to the address.</summary>
    public const string Pending = "pending";
    /// <summary>Holds a seat.</summary>
    public const string Confirmed = "confirmed";
    /// <summary>Confirmed, but the event was full: the first to get a seat that frees up.</summary>
    public const string Waitlisted = "waitlisted";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> Active = [Pending, Confirmed, Waitlisted];
}
