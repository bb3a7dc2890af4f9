using FluentValidation;
using Justice.Api;
using Justice.Training.Catalogs;
using Justice.Training.Domain;

namespace Justice.Training.Api.Practitioners;

/// <summary>The body of <c>POST /api/training/practitioners</c>.</summary>
/// <param name="FullName">Full name in Cyrillic or Latin letters, at most 200 characters.</param>
/// <param name="Profession">A profession code, e.g. <c>judge</c>, <c>social-worker</c>.</param>
/// <param name="Institution">Name of the practitioner's institution, at most 200 characters.</param>
/// <param name="RegionCode">The judicial region, e.g. <c>BG-05</c>.</param>
/// <param name="Language">The language of their certificate: bg (default), en or fr.</param>
/// <param name="UserId">The practitioner's own account id, if they have one: lets them enrol and see their record.</param>
public sealed record RegisterPractitionerRequest(
    string FullName, string Profession, string Institution, string RegionCode, string? Language = null, string? UserId = null);

public sealed class RegisterPractitionerRequestValidator : RequestValidator<RegisterPractitionerRequest>
{
    public RegisterPractitionerRequestValidator()
    {
        RuleFor(r => r.FullName).FullName();
        RuleFor(r => r.Profession).NotEmpty().OneOf(Professions.Codes);
        RuleFor(r => r.Institution).RequiredText(PractitionerRules.MaxInstitutionLength);
        RuleFor(r => r.RegionCode).NotEmpty().RegionCode();
        RuleFor(r => r.Language).Language();
        RuleFor(r => r.UserId).OptionalText(100);
    }
}
