using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.ServiceDefaults.Http;

namespace Justice.Assessment.Api.Assessments;

/// <summary>The body of <c>PUT .../assessments/{version}/measures/{measure}/decision</c>.</summary>
/// <param name="Accepted">Whether the competent authority accepted the measure.</param>
/// <param name="Authority">The kind of deciding authority: <c>police</c>, <c>prosecutor-office</c>, <c>court</c> or
/// <c>child-protection</c>.</param>
/// <param name="Reason">Why, at most 1,000 characters (required when not accepted).</param>
public sealed record DecideMeasureRequest(bool? Accepted, string Authority, string? Reason = null);

public sealed class DecideMeasureRequestValidator : RequestValidator<DecideMeasureRequest>
{
    public static readonly string[] Authorities = ["police", "prosecutor-office", "court", "child-protection"];

    public DecideMeasureRequestValidator()
    {
        RuleFor(r => r.Accepted).NotNull();
        RuleFor(r => r.Reason).OptionalText(1000);
        RuleFor(r => r.Reason).NotEmpty().When(r => r.Accepted == false)
            .WithMessage(_ => ReaderLanguage.Pick("Посочете защо мярката не е приета.", "Say why the measure was not accepted.",
                "Indiquez pourquoi la mesure n'a pas été acceptée."));
        RuleFor(r => r.Authority).NotEmpty().OneOf(Authorities);
    }
}

/// <summary>The body of <c>PUT .../assessments/{version}/measures/{measure}/application</c>.</summary>
/// <param name="Applied">Whether the accepted measure was applied.</param>
/// <param name="AppliedOn">The date it was applied (required when applied; not in the future).</param>
/// <param name="Institution">The institution that applied it, at most 200 characters (required when applied).</param>
/// <param name="Reason">Why it was not applied, at most 1,000 characters (required when not applied).</param>
public sealed record ApplyMeasureRequest(bool? Applied, DateOnly? AppliedOn = null, string? Institution = null, string? Reason = null);

public sealed class ApplyMeasureRequestValidator : RequestValidator<ApplyMeasureRequest>
{
    public ApplyMeasureRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Applied).NotNull();
        RuleFor(r => r.AppliedOn).NotNull().When(r => r.Applied == true);
        RuleFor(r => r.AppliedOn).Must(date => date is null || date <= ProgrammeTime.Today(clock))
            .WithMessage(_ => ReaderLanguage.Pick("Датата не може да е в бъдещето.", "The date cannot be in the future.",
                "La date ne peut pas être dans le futur."));
        RuleFor(r => r.Institution).OptionalText(200);
        RuleFor(r => r.Institution).NotEmpty().When(r => r.Applied == true);
        RuleFor(r => r.Reason).OptionalText(1000);
        RuleFor(r => r.Reason).NotEmpty().When(r => r.Applied == false);
    }
}

/// <summary>The body of <c>POST /api/assessment/victims/{victimId}/assessments</c>.</summary>
/// <param name="FirstContactAt">When the victim was first in contact with the assessing institution; now when absent.
/// The deadline for completion counts from here. Not in the future.</param>
/// <param name="Facts">The facts; required for the first assessment, a re-assessment starts from the last one's when absent.</param>
public sealed record StartAssessmentRequest(DateTimeOffset? FirstContactAt = null, AssessmentFactsRequest? Facts = null);

public sealed class StartAssessmentRequestValidator : RequestValidator<StartAssessmentRequest>
{
    public StartAssessmentRequestValidator(TimeProvider clock, IValidator<AssessmentFactsRequest> facts)
    {
        RuleFor(r => r.FirstContactAt)
            .Must(at => at is null || (at <= clock.GetUtcNow().AddMinutes(5) && at >= clock.GetUtcNow().AddYears(-5)))
            .WithMessage(_ => ReaderLanguage.Pick(
                "Първият контакт не може да е в бъдещето или преди повече от 5 години.",
                "The first contact cannot be in the future or more than 5 years ago.",
                "Le premier contact ne peut pas être dans le futur ni remonter à plus de 5 ans."));
        RuleFor(r => r.Facts!).SetValidator(facts).When(r => r.Facts is not null);
    }
}
