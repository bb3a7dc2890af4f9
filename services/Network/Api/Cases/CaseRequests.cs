using FluentValidation;
using Justice.Api;
using Justice.Network.Domain.Cases;

namespace Justice.Network.Api.Cases;

/// <summary>The body of <c>POST /api/network/cases</c>: a case opened by hand.</summary>
/// <param name="VictimId">Assessment's pseudonymous id of the victim; a victim has one case at most.</param>
/// <param name="RegionCode">The judicial region, <c>BG-01</c> … <c>BG-28</c>.</param>
/// <param name="AgeGroup"><c>child</c> or <c>adult</c>.</param>
/// <param name="LeadInstitutionId">The institution of the region that leads the case, when already known.</param>
public sealed record OpenCaseRequest(Guid? VictimId, string? RegionCode, string? AgeGroup, Guid? LeadInstitutionId = null);

public sealed class OpenCaseRequestValidator : RequestValidator<OpenCaseRequest>
{
    public OpenCaseRequestValidator()
    {
        RuleFor(r => r.VictimId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.RegionCode).NotEmpty().RegionCode().KnownRegion();
        RuleFor(r => r.AgeGroup).NotEmpty().OneOf(CaseOpening.AgeGroups);
        RuleFor(r => r.LeadInstitutionId).NotEqual(Guid.Empty);
    }
}

/// <summary>The query of <c>GET /api/network/cases</c>.</summary>
/// <param name="Region">One region's cases (<c>BG-05</c>); by default the caller's region, or every region for national admins.</param>
/// <param name="Status"><c>open</c> or <c>closed</c>; both by default.</param>
public sealed record CaseListQuery(string? Region = null, string? Status = null)
{
    public const string Open = "open";
    public const string Closed = "closed";
}

public sealed class CaseListQueryValidator : RequestValidator<CaseListQuery>
{
    public CaseListQueryValidator()
    {
        RuleFor(q => q.Region).RegionCode();
        RuleFor(q => q.Status).OneOf([CaseListQuery.Open, CaseListQuery.Closed]);
    }
}

/// <summary>The body of <c>PUT /api/network/cases/{id}/lead</c>.</summary>
/// <param name="InstitutionId">An institution of the case's region.</param>
public sealed record SetLeadRequest(Guid? InstitutionId);

public sealed class SetLeadRequestValidator : RequestValidator<SetLeadRequest>
{
    public SetLeadRequestValidator() => RuleFor(r => r.InstitutionId).NotNull().NotEqual(Guid.Empty);
}

/// <summary>The body of <c>POST /api/network/cases/{id}/feedback-invitation</c>.</summary>
/// <param name="InvitedAt">When the victim was invited to Assessment's feedback questionnaire; not in the future.</param>
public sealed record InviteFeedbackRequest(DateTimeOffset? InvitedAt);

public sealed class InviteFeedbackRequestValidator : RequestValidator<InviteFeedbackRequest>
{
    public InviteFeedbackRequestValidator(TimeProvider clock) => RuleFor(r => r.InvitedAt).NotNull().NotInFuture(clock);
}

/// <summary>The body of <c>POST /api/network/cases/{id}/plan/actions</c>.</summary>
/// <param name="Description">What is to be done, at most 1,000 characters; nothing that names the victim.</param>
/// <param name="ResponsibleInstitutionId">The institution of the case's region that does it.</param>
/// <param name="DueOn">The day it is due (yyyy-MM-dd).</param>
public sealed record AddPlanActionRequest(string? Description, Guid? ResponsibleInstitutionId, DateOnly? DueOn);

public sealed class AddPlanActionRequestValidator : RequestValidator<AddPlanActionRequest>
{
    public AddPlanActionRequestValidator()
    {
        RuleFor(r => r.Description).RequiredText(CasePlanAction.MaxDescriptionLength);
        RuleFor(r => r.ResponsibleInstitutionId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.DueOn).NotNull();
    }
}

/// <summary>The body of <c>POST /api/network/cases/{id}/plan/reviews</c>.</summary>
/// <param name="ReviewedOn">The day the plan was reviewed (yyyy-MM-dd); not in the future.</param>
/// <param name="Summary">What the review found, at most 2,000 characters.</param>
public sealed record AddPlanReviewRequest(DateOnly? ReviewedOn, string? Summary = null);

public sealed class AddPlanReviewRequestValidator : RequestValidator<AddPlanReviewRequest>
{
    public AddPlanReviewRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.ReviewedOn).NotNull().NotInFuture(clock);
        RuleFor(r => r.Summary).OptionalText(CasePlanReview.MaxSummaryLength);
    }
}

/// <summary>The body of <c>POST /api/network/cases/{id}/conferences</c>.</summary>
/// <param name="Kind"><c>planning</c> or <c>review</c>.</param>
/// <param name="HeldAt">When it was held; not in the future.</param>
/// <param name="InstitutionIds">The institutions of the case's region that attended: at least one, each once.</param>
/// <param name="Decisions">What was decided: at most 50 texts of at most 1,000 characters each.</param>
public sealed record HoldConferenceRequest(string? Kind, DateTimeOffset? HeldAt, IReadOnlyList<Guid?>? InstitutionIds,
    IReadOnlyList<string?>? Decisions);

public sealed class HoldConferenceRequestValidator : RequestValidator<HoldConferenceRequest>
{
    public HoldConferenceRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).NotEmpty().OneOf(CaseConference.Kinds);
        RuleFor(r => r.HeldAt).NotNull().NotInFuture(clock);
        RuleFor(r => r.InstitutionIds).List(1, CaseConference.MaxInstitutions).Distinct();
        // Every bad element is named, not only the first (a rule stops at its first failure otherwise).
        RuleForEach(r => r.InstitutionIds).Cascade(CascadeMode.Continue).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Decisions).List(0, CaseConference.MaxDecisions);
        RuleForEach(r => r.Decisions).Cascade(CascadeMode.Continue).RequiredText(CaseConference.MaxDecisionLength);
    }
}

/// <summary>The body of <c>POST /api/network/cases/{id}/interviews</c>.</summary>
/// <param name="HeldAt">When the interview was held; not in the future.</param>
/// <param name="InterviewerId">Training's id of the practitioner who interviewed (a member of the roster).</param>
/// <param name="AdaptedPremises">Whether it was held in premises designed or adapted for the purpose (Art. 23(2)(a)).</param>
/// <param name="AudiovisualRecording">Whether it was recorded audiovisually (Art. 24(1)(a)).</param>
public sealed record RecordInterviewRequest(DateTimeOffset? HeldAt, Guid? InterviewerId, bool? AdaptedPremises, bool? AudiovisualRecording);

public sealed class RecordInterviewRequestValidator : RequestValidator<RecordInterviewRequest>
{
    public RecordInterviewRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.HeldAt).NotNull().NotInFuture(clock);
        RuleFor(r => r.InterviewerId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.AdaptedPremises).NotNull();
        RuleFor(r => r.AudiovisualRecording).NotNull();
    }
}

/// <summary>The body of <c>PUT /api/network/cases/{id}/information/{rightCode}</c>.</summary>
/// <param name="InformedAt">When the victim was told; not in the future.</param>
/// <param name="InstitutionId">The institution of the case's region that told them.</param>
public sealed record RecordInformedRequest(DateTimeOffset? InformedAt, Guid? InstitutionId);

public sealed class RecordInformedRequestValidator : RequestValidator<RecordInformedRequest>
{
    public RecordInformedRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.InformedAt).NotNull().NotInFuture(clock);
        RuleFor(r => r.InstitutionId).NotNull().NotEqual(Guid.Empty);
    }
}
