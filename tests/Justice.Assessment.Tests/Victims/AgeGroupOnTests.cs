using Justice.Assessment.Protection;
using Justice.Assessment.Victims;

namespace Justice.Assessment.Tests.Victims;

/// <summary>An assessment takes the victim's age group at its own date, from the encrypted birth date when there is one.</summary>
public sealed class AgeGroupOnTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"field-keys-{Guid.NewGuid():N}");

    [Theory]
    [InlineData("2009-03-10", "2027-03-09", "child")]   // the day before the 18th birthday
    [InlineData("2009-03-10", "2027-03-10", "adult")]   // the 18th birthday
    [InlineData(null, "2027-03-10", "uncertain")]       // no birth date: as recorded, a child by Art. 24(2)
    public void The_age_group_is_the_one_on_the_assessments_date(string? born, string on, string expected)
    {
        var protector = new FieldProtector(new FieldKeys(_directory));
        var victim = new Victim
        {
            Id = Guid.NewGuid(), RegionCode = "BG-05", AgeGroup = born is null ? "uncertain" : "child", Sex = "female",
            PreferredLanguage = "bg", RegisteredAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        victim.Seal(new VictimPersonalData("Ана", born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture),
            null, null, null, null), protector);

        Assert.Equal(expected, victim.AgeGroupOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), protector));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
