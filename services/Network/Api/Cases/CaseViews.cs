using Justice.Api;
using Justice.Network.Domain.Cases;
using Justice.Network.Reference;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Cases;

/// <summary>A case in a list: what it is about, never what is recorded on it.</summary>
/// <param name="VictimId">Assessment's pseudonymous id of the victim.</param>
public sealed record CaseSummary(
    Guid Id, Guid VictimId, string RegionCode, string AgeGroup, string Source, DateTimeOffset OpenedAt,
    Guid? LeadInstitutionId, DateTimeOffset? ClosedAt)
{
    public static CaseSummary From(CooperationCase c) =>
        new(c.Id, c.VictimId, c.RegionCode, c.AgeGroup, c.Source, c.OpenedAt, c.LeadInstitutionId, c.ClosedAt);
}

/// <summary>One case and everything recorded on it.</summary>
/// <param name="Source"><c>assessment</c> when Assessment's completion opened it, <c>manual</c> otherwise.</param>
/// <param name="AssessmentOnTime">Whether the victim's assessment was completed within its deadline; null until known.</param>
/// <param name="PlanningConference">When the first planning conference is due, and whether that is met.</param>
/// <param name="Measures">The special measures Assessment reported for the victim: decided, applied.</param>
/// <param name="Information">Every item of the information checklist, told or not.</param>
public sealed record CaseView(
    Guid Id, Guid VictimId, string RegionCode, string AgeGroup, string Source, DateTimeOffset OpenedAt,
    Guid? AssessmentId, int? AssessmentVersion, bool? AssessmentOnTime, Guid? LeadInstitutionId,
    DateTimeOffset? FeedbackInvitedAt, DateTimeOffset? ClosedAt, string? Outcome,
    PlanningConferenceStatus PlanningConference, PlanView Plan, IReadOnlyList<ConferenceView> Conferences,
    InterviewsView Interviews, IReadOnlyList<InformationItemView> Information, IReadOnlyList<MeasureView> Measures);

/// <param name="DueBy">When the first planning conference is due: the case's opening and the time its region allows.</param>
/// <param name="HeldAt">When the first (earliest) planning conference was held; null while none was.</param>
/// <param name="Met">True when held by the due time; false when held later or none was held and the time has passed;
/// null while none was held and time remains.</param>
public sealed record PlanningConferenceStatus(DateTimeOffset DueBy, DateTimeOffset? HeldAt, bool? Met);

public sealed record PlanView(IReadOnlyList<PlanActionView> Actions, IReadOnlyList<PlanReviewView> Reviews);

/// <param name="Done">Whether the action was marked done.</param>
public sealed record PlanActionView(
    Guid Id, string Description, Guid ResponsibleInstitutionId, DateOnly DueOn, bool Done, DateTimeOffset? DoneAt,
    DateTimeOffset CreatedAt)
{
    public static PlanActionView From(CasePlanAction a) =>
        new(a.Id, a.Description, a.ResponsibleInstitutionId, a.DueOn, a.DoneAt is not null, a.DoneAt, a.CreatedAt);
}

public sealed record PlanReviewView(Guid Id, DateOnly ReviewedOn, string? Summary, DateTimeOffset RecordedAt)
{
    public static PlanReviewView From(CasePlanReview r) => new(r.Id, r.ReviewedOn, r.Summary, r.RecordedAt);
}

/// <param name="OnTime">Set on the case's first planning conference only: whether it was held by its due time.</param>
public sealed record ConferenceView(
    Guid Id, string Kind, DateTimeOffset HeldAt, IReadOnlyList<Guid> InstitutionIds, IReadOnlyList<string> Decisions, bool? OnTime,
    DateTimeOffset RecordedAt)
{
    public static ConferenceView From(CaseConference c) =>
        new(c.Id, c.Kind, c.HeldAt, c.InstitutionIds, c.Decisions, c.OnTime, c.RecordedAt);
}

/// <param name="Count">How many forensic interviews the victim had.</param>
/// <param name="SameInterviewer">Whether one interviewer did them all (Art. 23(2)(c)); null before the first.</param>
public sealed record InterviewsView(int Count, bool? SameInterviewer, IReadOnlyList<InterviewView> Items)
{
    public static InterviewsView From(IReadOnlyList<ForensicInterview> interviews) =>
        new(interviews.Count,
            interviews.Count == 0 ? null : interviews.Select(i => i.InterviewerId).Distinct().Count() == 1,
            [.. interviews.OrderBy(i => i.HeldAt).Select(InterviewView.From)]);
}

public sealed record InterviewView(Guid Id, DateTimeOffset HeldAt, Guid InterviewerId, bool AdaptedPremises, bool AudiovisualRecording)
{
    public static InterviewView From(ForensicInterview i) => new(i.Id, i.HeldAt, i.InterviewerId, i.AdaptedPremises, i.AudiovisualRecording);
}

/// <param name="Code">Code of the checklist (information-rights.csv).</param>
/// <param name="Article">The provision that gives the right, e.g. <c>4(1)(a)</c>.</param>
/// <param name="Name">The item in the reader's language.</param>
/// <param name="Informed">Whether the victim was told.</param>
public sealed record InformationItemView(string Code, string? Article, string Name, bool Informed, DateTimeOffset? InformedAt,
    Guid? InstitutionId)
{
    /// <summary>Every item of the checklist, in its order, with what is recorded of it.</summary>
    public static IReadOnlyList<InformationItemView> Checklist(IReadOnlyList<VictimInformed> given) =>
        [.. NetworkReference.InformationRights.Select(right => Of(right, given.SingleOrDefault(g => g.RightCode == right.Code)))];

    public static InformationItemView Of(ReferenceEntry right, VictimInformed? given) =>
        new(right.Code, right.Article, right.Name.In(ReaderLanguage.Current), given is not null, given?.InformedAt, given?.InstitutionId);
}

/// <param name="Measure">Code of Assessment's special-measures.csv.</param>
/// <param name="Accepted">Whether the competent authority accepted it; null while undecided.</param>
/// <param name="Applied">Whether it was applied; null until Assessment reports it.</param>
public sealed record MeasureView(string Measure, bool? Accepted, bool? Applied, DateOnly? AppliedOn)
{
    public static MeasureView From(VictimMeasure m) => new(m.Measure, m.Accepted, m.Applied, m.AppliedOn);
}
