using System.Collections.Frozen;
using Justice.Api;
using Justice.Network.Domain.Institutions;
using Justice.Network.Reference;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Institutions;

/// <summary>An institution of a judicial region.</summary>
/// <param name="Type">Code of the institution type (institution-types.csv).</param>
/// <param name="TypeName">The type's name in the reader's language.</param>
/// <param name="Name">The name in the reader's language: the English one for English and French readers when there is one.</param>
public sealed record InstitutionView(
    Guid Id, string RegionCode, string Type, string TypeName, string Name, string NameBg, string? NameEn, string? Address,
    string? Contact, DateTimeOffset CreatedAt)
{
    public static InstitutionView From(Institution institution) =>
        new(institution.Id, institution.RegionCode, institution.Type, InstitutionTypeNames.Of(institution.Type),
            InstitutionTypeNames.NameOf(institution.NameBg, institution.NameEn), institution.NameBg, institution.NameEn,
            institution.Address, institution.Contact, institution.CreatedAt);
}

/// <summary>How many institutions an import added.</summary>
public sealed record InstitutionImportResult(int Imported);

/// <summary>Names of institution types and institutions in the reader's language.</summary>
public static class InstitutionTypeNames
{
    private static readonly FrozenDictionary<string, ReferenceEntry> Types =
        NetworkReference.InstitutionTypes.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    /// <summary>The type's name in the reader's language (its code, for a code no longer listed).</summary>
    public static string Of(string type) => Types.TryGetValue(type, out var entry) ? entry.Name.In(ReaderLanguage.Current) : type;

    /// <summary>An institution's name: Bulgarian for Bulgarian readers, English for others when it has one.</summary>
    public static string NameOf(string nameBg, string? nameEn) =>
        ReaderLanguage.Current == ReaderLanguage.Bulgarian || string.IsNullOrEmpty(nameEn) ? nameBg : nameEn;
}
