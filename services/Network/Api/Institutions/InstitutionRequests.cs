using FluentValidation;
using Justice.Api;
using Justice.Network.Domain.Institutions;
using Justice.Network.Reference;

namespace Justice.Network.Api.Institutions;

/// <summary>
/// The body of <c>POST /api/network/regions/{code}/institutions</c> and <c>PUT /api/network/institutions/{id}</c>
/// (which replaces every field), and the fields of a row of an import.
/// </summary>
/// <param name="Type">Code of institution-types.csv, e.g. <c>police</c>, <c>child-protection</c>.</param>
/// <param name="NameBg">The official name in Bulgarian, at most 300 characters; unique in the region.</param>
/// <param name="NameEn">The name in English, at most 300 characters, when it has one.</param>
/// <param name="Address">The institution's address, at most 500 characters.</param>
/// <param name="Contact">The institution's telephone or e-mail for cooperation (never a person's), at most 200 characters.</param>
public sealed record InstitutionRequest(string? Type, string? NameBg, string? NameEn = null, string? Address = null, string? Contact = null)
{
    /// <summary>Puts the request's fields on <paramref name="institution"/>, trimmed, blanks as absent.</summary>
    public void ApplyTo(Institution institution)
    {
        institution.Type = Type!;
        institution.NameBg = NameBg!.Trim();
        institution.NameEn = Blank(NameEn);
        institution.Address = Blank(Address);
        institution.Contact = Blank(Contact);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The query of <c>GET /api/network/regions/{code}/institutions</c>.</summary>
/// <param name="Type">Only institutions of this type (a code of institution-types.csv).</param>
public sealed record InstitutionFilter(string? Type = null);

public sealed class InstitutionRequestValidator : RequestValidator<InstitutionRequest>
{
    public InstitutionRequestValidator()
    {
        RuleFor(r => r.Type).NotEmpty().OneOf(NetworkReference.InstitutionTypes.Select(t => t.Code).ToList());
        RuleFor(r => r.NameBg).RequiredText(Institution.MaxNameLength);
        RuleFor(r => r.NameEn).OptionalText(Institution.MaxNameLength);
        RuleFor(r => r.Address).OptionalText(Institution.MaxAddressLength);
        RuleFor(r => r.Contact).OptionalText(Institution.MaxContactLength);
    }
}

public sealed class InstitutionFilterValidator : RequestValidator<InstitutionFilter>
{
    public InstitutionFilterValidator() => RuleFor(f => f.Type).OneOf(NetworkReference.InstitutionTypes.Select(t => t.Code).ToList());
}
