namespace Justice.Assessment.Victims;

/// <summary>
/// A victim, known by a random pseudonymous id. What is pseudonymous (region, age group, sex, language) is in clear;
/// every personal field is a cipher text of <see cref="Protection.FieldProtector"/>, all under key <see cref="KeyId"/>.
/// </summary>
public sealed class Victim
{
    public required Guid Id { get; init; }
    public required string RegionCode { get; set; }
    public required string AgeGroup { get; set; }
    public required string Sex { get; set; }
    public required string PreferredLanguage { get; set; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The key every personal field of this row is encrypted under.</summary>
    public int KeyId { get; set; }
    public byte[] FullName { get; set; } = [];
    public byte[]? DateOfBirth { get; set; }
    public byte[]? NationalId { get; set; }
    /// <summary>HMAC-SHA256 of the national id under the lookup key: finds the row, reveals nothing.</summary>
    public byte[]? NationalIdHash { get; set; }
    public byte[]? Contact { get; set; }
    public byte[]? LegalRepresentative { get; set; }
    public byte[]? Notes { get; set; }

    /// <summary>PostgreSQL's row version (xmin): a concurrent change makes a save fail rather than overwrite.</summary>
    public uint Version { get; set; }

    /// <summary>A random id: never sequential, never derived from anything about the victim.</summary>
    public static Guid NewId() => Guid.NewGuid();
}

/// <summary>A victim's personal fields, in clear: only ever in memory, never logged.</summary>
public sealed record VictimPersonalData(
    string FullName, DateOnly? DateOfBirth, string? NationalId, string? Contact, string? LegalRepresentative, string? Notes);

/// <summary>The codes of the pseudonymous fields.</summary>
public static class VictimCodes
{
    public const string Child = "child";
    public const string Adult = "adult";
    /// <summary>Age not known for sure: treated as a child (Directive 2012/29/EU, Art. 24(2)).</summary>
    public const string Uncertain = "uncertain";

    public static readonly IReadOnlyList<string> AgeGroups = [Child, Adult, Uncertain];
    public static readonly IReadOnlyList<string> Sexes = ["female", "male", "other", "unknown"];

    /// <summary>
    /// The age group on <paramref name="today"/>: from the birth date when known (under 18 → child), otherwise as
    /// stated, an uncertain age counting as a child.
    /// </summary>
    public static string AgeGroupOf(DateOnly? dateOfBirth, string? stated, DateOnly today)
    {
        if (dateOfBirth is { } born)
        {
            return born.AddYears(18) > today ? Child : Adult;
        }
        return stated == Adult ? Adult : Child;
    }
}
