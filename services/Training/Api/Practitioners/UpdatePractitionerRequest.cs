using FluentValidation;
using Justice.Api;
using Justice.Training.Domain;

namespace Justice.Training.Api.Practitioners;

/// <summary>The body of <c>PUT /api/training/practitioners/{id}</c>: the fields a record's organisers may correct.</summary>
/// <param name="FullName">Full name in Cyrillic or Latin letters, at most 200 characters.</param>
/// <param name="Institution">Name of the practitioner's institution, at most 200 characters.</param>
/// <param name="Language">The language of their certificate: bg (default), en or fr.</param>
public sealed record UpdatePractitionerRequest(string FullName, string Institution, string? Language = null);

public sealed class UpdatePractitionerRequestValidator : RequestValidator<UpdatePractitionerRequest>
{
    public UpdatePractitionerRequestValidator()
    {
        RuleFor(r => r.FullName).FullName();
        RuleFor(r => r.Institution).RequiredText(PractitionerRules.MaxInstitutionLength);
        RuleFor(r => r.Language).Language();
    }
}

/// <summary>The body of <c>PUT /api/training/practitioners/{id}/account</c>.</summary>
/// <param name="UserId">The account id of a practitioner of the record's judicial region, linked to no other record.</param>
public sealed record LinkAccountRequest(string UserId);

public sealed class LinkAccountRequestValidator : RequestValidator<LinkAccountRequest>
{
    public LinkAccountRequestValidator() => RuleFor(r => r.UserId).RequiredText(100);
}
