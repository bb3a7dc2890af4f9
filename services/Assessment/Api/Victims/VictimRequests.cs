using FluentValidation;
using Justice.Api;
using Justice.Assessment.Victims;
using Justice.Contracts;
using Justice.ServiceDefaults.Http;

namespace Justice.Assessment.Api.Victims;

/// <summary>The body of <c>POST /api/assessment/victims</c>.</summary>
/// <param name="RegionCode">The judicial region, <c>BG-01</c> … <c>BG-28</c>.</param>
/// <param name="Sex">female, male, other or unknown.</param>
/// <param name="PreferredLanguage">bg, en or fr.</param>
/// <param name="Personal">The personal fields, stored encrypted.</param>
/// <param name="AgeGroup">child, adult or uncertain (counts as a child; the default); from the birth date when it is given.</param>
public sealed record RegisterVictimRequest(
    string RegionCode, string Sex, string PreferredLanguage, VictimPersonalFields Personal, string? AgeGroup = null);

/// <summary>The body of <c>PUT /api/assessment/victims/{id}</c>: replaces every field but the region.</summary>
public sealed record UpdateVictimRequest(string Sex, string PreferredLanguage, VictimPersonalFields Personal, string? AgeGroup = null);

/// <summary>A victim's personal fields.</summary>
/// <param name="FullName">Full name, at most 200 characters.</param>
/// <param name="DateOfBirth">Date of birth (yyyy-MM-dd), not in the future.</param>
/// <param name="NationalId">The Bulgarian personal number (ЕГН): ten digits with a valid check digit.</param>
/// <param name="Contact">How to reach the victim, at most 500 characters.</param>
/// <param name="LegalRepresentative">A child's legal representative, at most 500 characters.</param>
/// <param name="Notes">Free-text notes, at most 4000 characters.</param>
public sealed record VictimPersonalFields(
    string FullName, DateOnly? DateOfBirth = null, string? NationalId = null, string? Contact = null,
    string? LegalRepresentative = null, string? Notes = null)
{
    public VictimPersonalData ToData() => new(
        FullName.Trim(), DateOfBirth, NationalId, Contact?.Trim(), LegalRepresentative?.Trim(), Notes?.Trim());
}

/// <summary>The body of <c>POST /api/assessment/victims/lookup</c>: the national id travels in the body, never in a URL.</summary>
public sealed record LookupVictimRequest(string NationalId);

/// <summary>The body of <c>POST /api/assessment/victims/{id}/break-the-glass</c>.</summary>
/// <param name="Reason">Why the record must be read now, at most 500 characters; national admins review it.</param>
public sealed record BreakGlassRequest(string Reason);

public sealed class RegisterVictimRequestValidator : RequestValidator<RegisterVictimRequest>
{
    public RegisterVictimRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.RegionCode).NotEmpty().RegionCode().KnownRegion();
        RuleFor(r => r.AgeGroup).OneOf(VictimCodes.AgeGroups);
        RuleFor(r => r.Sex).NotEmpty().OneOf(VictimCodes.Sexes);
        RuleFor(r => r.PreferredLanguage).NotEmpty().Language();
        RuleFor(r => r.Personal).NotNull().SetValidator(new VictimPersonalFieldsValidator(clock));
    }
}

public sealed class UpdateVictimRequestValidator : RequestValidator<UpdateVictimRequest>
{
    public UpdateVictimRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.AgeGroup).OneOf(VictimCodes.AgeGroups);
        RuleFor(r => r.Sex).NotEmpty().OneOf(VictimCodes.Sexes);
        RuleFor(r => r.PreferredLanguage).NotEmpty().Language();
        RuleFor(r => r.Personal).NotNull().SetValidator(new VictimPersonalFieldsValidator(clock));
    }
}

public sealed class VictimPersonalFieldsValidator : AbstractValidator<VictimPersonalFields>
{
    public VictimPersonalFieldsValidator(TimeProvider clock)
    {
        RuleFor(p => p.FullName).RequiredText(200);
        RuleFor(p => p.DateOfBirth)
            .Must(born => born is null || born <= ProgrammeTime.Today(clock))
            .WithMessage(_ => ReaderLanguage.Pick("Датата на раждане не може да е в бъдещето.",
                "The date of birth cannot be in the future.", "La date de naissance ne peut pas être dans le futur."));
        RuleFor(p => p.NationalId).ValidNationalId();
        RuleFor(p => p.Contact).OptionalText(500);
        RuleFor(p => p.LegalRepresentative).OptionalText(500);
        RuleFor(p => p.Notes).OptionalText(4000);
    }
}

public sealed class LookupVictimRequestValidator : RequestValidator<LookupVictimRequest>
{
    public LookupVictimRequestValidator() => RuleFor(r => r.NationalId).NotEmpty().ValidNationalId();
}

public sealed class BreakGlassRequestValidator : RequestValidator<BreakGlassRequest>
{
    public BreakGlassRequestValidator() => RuleFor(r => r.Reason).RequiredText(BreakGlassGrant.MaxReasonLength);
}

internal static class VictimRules
{
    public static IRuleBuilderOptions<T, string?> ValidNationalId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(egn => egn is null || NationalId.IsValid(egn))
            .WithMessage(_ => ReaderLanguage.Pick("Невалидно ЕГН: десет цифри с вярна контролна цифра.",
                "Not a valid national id (ЕГН): ten digits with a correct check digit.",
                "Numéro national (ЕГН) invalide : dix chiffres avec un chiffre de contrôle correct."));
}
