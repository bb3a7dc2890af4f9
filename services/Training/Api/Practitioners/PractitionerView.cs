using Justice.Training.Domain;

namespace Justice.Training.Api.Practitioners;

public sealed record PractitionerView(
    Guid Id, string FullName, string Profession, string Institution, string RegionCode, DateTimeOffset RegisteredAt,
    string Language, string? UserId)
{
    public static PractitionerView From(Practitioner p) =>
        new(p.Id, p.FullName, p.Profession, p.Institution, p.RegionCode, p.RegisteredAt, p.Language, p.UserId);
}
