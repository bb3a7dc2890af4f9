namespace Justice.Contracts.Events;

/// <summary>A practitioner joined the programme's pool in a judicial region. The name stays in Training.</summary>
/// <param name="PractitionerId">Training's id of the practitioner.</param>
/// <param name="Profession">Profession code (professions.csv), e.g. <c>judge</c>.</param>
/// <param name="RegionCode">ISO 3166-2:BG code of the judicial region, e.g. <c>BG-05</c>.</param>
/// <param name="OccurredAt">When the registration was accepted.</param>
[PublishedBy("training")]
public sealed record PractitionerRegistered(
    Guid PractitionerId,
    string Profession,
    string RegionCode,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
