namespace Justice.Contracts.Events;

// Publicity's events count events and publications: never a participant's name, e-mail or organisation.

/// <summary>A public event (a regional press conference, a round table, the national conference) was held.</summary>
/// <param name="RegionCode">ISO 3166-2:BG code of the region it was held for; null for a national event.</param>
/// <param name="Kind"><c>press-conference</c>, <c>round-table</c>, <c>conference</c> or another kind of publicity-event-kinds.</param>
/// <param name="Participants">Participants who attended. A later event for the same id (attendance corrected) replaces it.</param>
/// <param name="OccurredAt">When the attendance was recorded.</param>
[PublishedBy("publicity")]
public sealed record PublicEventHeld(
    Guid EventId,
    string? RegionCode,
    string Kind,
    int Participants,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>An article, press release or publication of the programme was published.</summary>
/// <param name="Kind"><c>article</c>, <c>press-release</c> or <c>publication</c>.</param>
/// <param name="Languages">The languages it is published in (<c>bg</c>, <c>en</c>, <c>fr</c>).</param>
[PublishedBy("publicity")]
public sealed record PublicationPublished(
    Guid PublicationId,
    string Kind,
    IReadOnlyList<string> Languages,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
