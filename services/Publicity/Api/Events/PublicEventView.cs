using Justice.Api;
using Justice.Publicity.Domain.Events;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Api.Events;

/// <summary>A public event as anyone may read it: its texts in the reader's language and in all three, and its seats.</summary>
/// <param name="SeatsLeft">Seats not yet confirmed by anyone; 0 means new confirmations join the waiting list.</param>
/// <param name="Participants">Those recorded as present, once held.</param>
public sealed record PublicEventView(
    Guid Id, string Kind, string Title, string Description, EventTexts Titles, EventTexts Descriptions, string? RegionCode,
    DateTimeOffset StartsAt, string Venue, int Capacity, int SeatsLeft, string Status, int? Participants)
{
    public static PublicEventView From(PublicEvent e, int seatsTaken)
    {
        var language = ReaderLanguage.Current;
        return new(e.Id, e.Kind, e.Title.InOrBulgarian(language), e.Description.InOrBulgarian(language), EventTexts.From(e.Title),
            EventTexts.From(e.Description), e.RegionCode, e.StartsAt, e.Venue, e.Capacity, e.SeatsLeft(seatsTaken), e.Status,
            e.Participants);
    }
}
