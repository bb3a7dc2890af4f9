using System.Text.Json.Serialization;

namespace Justice.Assessment.Domain;

/// <summary>Which model of the assessment applies: the child model (under 18) or the adult model adapted from it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgeGroup>))]
public enum AgeGroup
{
    Child,
    Adult,
}

/// <summary>The age group and whether it rests on the presumption of Art. 24(2).</summary>
public sealed record AgeDetermination(AgeGroup Group, bool Presumed);

/// <summary>How the age group is decided at the assessment date.</summary>
public static class AgeGroups
{
    public const int AgeOfMajority = 18;

    /// <summary>
    /// A child when under 18 on <paramref name="assessmentDate"/>. When the age is uncertain (or no birth date is
    /// known) and there is reason to believe the victim is a child, the victim is presumed to be a child (Art. 24(2)).
    /// </summary>
    public static AgeDetermination Determine(DateOnly? birthDate, DateOnly assessmentDate, bool ageUncertain)
    {
        if (ageUncertain || birthDate is null)
        {
            return new AgeDetermination(AgeGroup.Child, Presumed: true);
        }
        var adultFrom = birthDate.Value.AddYears(AgeOfMajority);
        return new AgeDetermination(assessmentDate < adultFrom ? AgeGroup.Child : AgeGroup.Adult, Presumed: false);
    }
}
