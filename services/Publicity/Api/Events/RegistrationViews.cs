using Justice.Publicity.Domain.Events;

namespace Justice.Publicity.Api.Events;

/// <summary>
/// What a public registration answers, whatever happened: a new code mailed, a code mailed again, or a note that the
/// address is already registered. It never tells the caller whether an address was registered before.
/// </summary>
public sealed record RegistrationAccepted(string Message);

/// <summary>A confirmed registration: a seat (<c>confirmed</c>) or a place on the waiting list (<c>waitlisted</c>).</summary>
public sealed record ConfirmationView(Guid EventId, string Status);

/// <summary>A registration as publicity editors see it; name, e-mail and organisation are null once erased.</summary>
public sealed record RegistrationView(
    Guid Id, Guid EventId, string? Name, string? Email, string? Organisation, string Language, string Status, string ConsentWording,
    DateTimeOffset ConsentedAt, DateTimeOffset RegisteredAt, DateTimeOffset? ConfirmedAt, DateTimeOffset? CancelledAt, bool Attended,
    DateTimeOffset? ErasedAt)
{
    public static RegistrationView From(Registration r) =>
        new(r.Id, r.EventId, r.Name, r.Email, r.Organisation, r.Language, r.Status, r.ConsentWording, r.ConsentedAt, r.RegisteredAt,
            r.ConfirmedAt, r.CancelledAt, r.Attended, r.ErasedAt);
}

/// <summary>The consent a registration form shows, in the reader's language; the registration stores it as shown.</summary>
public sealed record ConsentView(string Language, string Wording);
