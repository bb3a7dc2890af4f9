using FluentValidation;
using Justice.Api;
using Justice.Network.Domain.Referrals;
using Justice.Network.Reference;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Referrals;

/// <summary>The body of <c>POST /api/network/cases/{caseId}/referrals</c>.</summary>
/// <param name="FromInstitutionId">The referring institution, of the case's region.</param>
/// <param name="ToInstitutionId">The institution referred to, of the case's region, not the referring one.</param>
/// <param name="Purpose">Code of the support asked for (support-needs.csv), e.g. <c>emotional-psychological</c>.</param>
/// <param name="DueBy">By when the receiving institution is to complete it: later than now, within a year.</param>
/// <param name="Consent">The victim's consent to being referred: required, and given.</param>
/// <param name="Note">What the receiving institution should know, at most 1,000 characters. Never sent in an event.</param>
public sealed record IssueReferralRequest(
    Guid? FromInstitutionId = null,
    Guid? ToInstitutionId = null,
    string? Purpose = null,
    DateTimeOffset? DueBy = null,
    ReferralConsentRequest? Consent = null,
    string? Note = null);

/// <summary>The victim's consent to a referral.</summary>
/// <param name="Given">Must be true: a referral is made only with the victim's consent.</param>
/// <param name="At">When consent was given; not in the future.</param>
/// <param name="Form">How: <c>written</c>, <c>oral</c> or <c>legal-representative</c>.</param>
public sealed record ReferralConsentRequest(bool? Given = null, DateTimeOffset? At = null, string? Form = null);

/// <summary>The body of <c>POST /api/network/referrals/{id}/reject</c>.</summary>
/// <param name="Reason">Why the receiving institution declines it, at most 1,000 characters.</param>
public sealed record RejectReferralRequest(string? Reason = null);

/// <summary>The body, optional, of <c>POST /api/network/referrals/{id}/revoke</c>.</summary>
/// <param name="Reason">Why it is withdrawn, at most 1,000 characters.</param>
public sealed record RevokeReferralRequest(string? Reason = null);

internal sealed class IssueReferralRequestValidator : RequestValidator<IssueReferralRequest>
{
    /// <summary>The furthest a deadline may be set.</summary>
    public static readonly TimeSpan LongestDeadline = TimeSpan.FromDays(366);

    public IssueReferralRequestValidator(TimeProvider clock, IValidator<ReferralConsentRequest> consent)
    {
        RuleFor(r => r.FromInstitutionId).NotEmpty();
        RuleFor(r => r.ToInstitutionId).NotEmpty()
            .NotEqual(r => r.FromInstitutionId)
            .WithMessage(_ => ReaderLanguage.Pick("Институцията не може да насочи към себе си.", "An institution cannot refer to itself.",
                "Une institution ne peut pas s'orienter elle-même."));
        RuleFor(r => r.Purpose).NotEmpty().OneOf([.. NetworkReference.SupportNeeds.Select(need => need.Code)]);
        RuleFor(r => r.DueBy).NotNull()
            .Must(due => due > clock.GetUtcNow() && due <= clock.GetUtcNow() + LongestDeadline)
            .WithMessage(_ => ReaderLanguage.Pick(
                "Срокът трябва да е в бъдещето и до една година напред.",
                "The deadline must be in the future and at most a year ahead.",
                "L'échéance doit être dans le futur et au plus à un an."));
        RuleFor(r => r.Consent).NotNull()
            .WithMessage(_ => ReaderLanguage.Pick(
                "Насочването изисква съгласието на пострадалия: дадено, кога и как.",
                "A referral needs the victim's consent: given, when and how.",
                "Une orientation requiert le consentement de la victime : donné, quand et comment."));
        RuleFor(r => r.Consent!).SetValidator(consent).When(r => r.Consent is not null);
        RuleFor(r => r.Note).OptionalText(Referral.MaxNoteLength);
    }
}

internal sealed class ReferralConsentRequestValidator : RequestValidator<ReferralConsentRequest>
{
    /// <summary>How far ahead of the service's clock a client's clock may be.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public ReferralConsentRequestValidator(TimeProvider clock)
    {
        RuleFor(c => c.Given).NotNull().Equal(true)
            .WithMessage(_ => ReaderLanguage.Pick(
                "Без съгласието на пострадалия насочване не се прави.",
                "Without the victim's consent no referral is made.",
                "Sans le consentement de la victime, aucune orientation n'est faite."));
        RuleFor(c => c.At).NotNull()
            .Must(at => at <= clock.GetUtcNow() + ClockSkew)
            .WithMessage(_ => ReaderLanguage.Pick("Датата не може да е в бъдещето.", "The date cannot be in the future.",
                "La date ne peut pas être dans le futur."));
        RuleFor(c => c.Form).NotEmpty().OneOf(ReferralConsent.Forms);
    }
}

internal sealed class RejectReferralRequestValidator : RequestValidator<RejectReferralRequest>
{
    public RejectReferralRequestValidator() => RuleFor(r => r.Reason).RequiredText(Referral.MaxReasonLength);
}

internal sealed class RevokeReferralRequestValidator : RequestValidator<RevokeReferralRequest>
{
    public RevokeReferralRequestValidator() => RuleFor(r => r.Reason).OptionalText(Referral.MaxReasonLength);
}
