using System.Globalization;
using Justice.Assessment.Protection;

namespace Justice.Assessment.Victims;

/// <summary>Puts a victim's personal fields into their row encrypted, and takes them out again.</summary>
public static class VictimSeal
{
    /// <summary>Encrypts every personal field under the current key and sets the lookup hash.</summary>
    public static void Seal(this Victim victim, VictimPersonalData data, FieldProtector protector)
    {
        victim.KeyId = protector.CurrentKeyId;
        victim.FullName = protector.Encrypt(victim.Id, nameof(Victim.FullName), data.FullName)!;
        victim.DateOfBirth = protector.Encrypt(victim.Id, nameof(Victim.DateOfBirth),
            data.DateOfBirth?.ToString("O", CultureInfo.InvariantCulture));
        victim.NationalId = protector.Encrypt(victim.Id, nameof(Victim.NationalId), data.NationalId);
        victim.NationalIdHash = data.NationalId is null ? null : protector.LookupHash(data.NationalId);
        victim.Contact = protector.Encrypt(victim.Id, nameof(Victim.Contact), data.Contact);
        victim.LegalRepresentative = protector.Encrypt(victim.Id, nameof(Victim.LegalRepresentative), data.LegalRepresentative);
        victim.Notes = protector.Encrypt(victim.Id, nameof(Victim.Notes), data.Notes);
    }

    public static VictimPersonalData Open(this Victim victim, FieldProtector protector) => new(
        protector.Decrypt(victim.Id, nameof(Victim.FullName), victim.FullName)!,
        protector.Decrypt(victim.Id, nameof(Victim.DateOfBirth), victim.DateOfBirth) is { } born
            ? DateOnly.ParseExact(born, "O", CultureInfo.InvariantCulture) : null,
        protector.Decrypt(victim.Id, nameof(Victim.NationalId), victim.NationalId),
        protector.Decrypt(victim.Id, nameof(Victim.Contact), victim.Contact),
        protector.Decrypt(victim.Id, nameof(Victim.LegalRepresentative), victim.LegalRepresentative),
        protector.Decrypt(victim.Id, nameof(Victim.Notes), victim.Notes));

    /// <summary>
    /// The victim's age group on <paramref name="today"/> (an assessment's date): from the birth date when it is known,
    /// otherwise as recorded (<c>uncertain</c> included). The birth date is decrypted for the rule only and never leaves
    /// this method.
    /// </summary>
    public static string AgeGroupOn(this Victim victim, DateOnly today, FieldProtector protector) =>
        protector.Decrypt(victim.Id, nameof(Victim.DateOfBirth), victim.DateOfBirth) is { } born
            ? VictimCodes.AgeGroupOf(DateOnly.ParseExact(born, "O", CultureInfo.InvariantCulture), victim.AgeGroup, today)
            : victim.AgeGroup;

    /// <summary>Re-encrypts every personal field under the current key (a no-op for a row already under it).</summary>
    public static bool Reseal(this Victim victim, FieldProtector protector)
    {
        if (victim.KeyId == protector.CurrentKeyId)
        {
            return false;
        }
        victim.Seal(victim.Open(protector), protector);
        return true;
    }
}
