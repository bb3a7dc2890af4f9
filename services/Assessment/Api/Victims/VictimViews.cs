using Justice.Assessment.Victims;

namespace Justice.Assessment.Api.Victims;

/// <summary>A victim without personal data: what lists show.</summary>
public sealed record VictimView(
    Guid Id, string RegionCode, string AgeGroup, string Sex, string PreferredLanguage, DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt)
{
    public static VictimView From(Victim victim) => new(
        victim.Id, victim.RegionCode, victim.AgeGroup, victim.Sex, victim.PreferredLanguage, victim.RegisteredAt, victim.UpdatedAt);
}

/// <summary>A victim's whole record, personal fields included: every answer carrying it is in the read log.</summary>
/// <param name="Access">How the caller reached it: region, or break-the-glass.</param>
public sealed record VictimRecordView(VictimView Victim, VictimPersonalFields Personal, string Access)
{
    public static VictimRecordView From(Victim victim, VictimPersonalData data, VictimAccessRoute route) => new(
        VictimView.From(victim),
        new VictimPersonalFields(data.FullName, data.DateOfBirth, data.NationalId, data.Contact, data.LegalRepresentative, data.Notes),
        route == VictimAccessRoute.BreakTheGlass ? "break-the-glass" : "region");
}
