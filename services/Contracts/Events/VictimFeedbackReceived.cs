namespace Justice.Contracts.Events;

/// <summary>
/// A victim answered the feedback questionnaire. Neither who nor what: no victim id, no answers, no comment, and
/// only the month.
/// </summary>
/// <param name="RegionCode">ISO 3166-2:BG code of the victim's judicial region, e.g. <c>BG-05</c>.</param>
/// <param name="AgeGroup"><c>child</c> or <c>adult</c>.</param>
/// <param name="Language">The language the questionnaire was answered in: bg, en or fr.</param>
/// <param name="Month">The first day of the month the answers came in.</param>
/// <param name="OccurredAt">The start of that month (UTC): the exact time is withheld on purpose.</param>
[PublishedBy("assessment")]
public sealed record VictimFeedbackReceived(
    string RegionCode,
    string AgeGroup,
    string Language,
    DateOnly Month,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
