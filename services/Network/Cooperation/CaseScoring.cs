using System.Linq.Expressions;
using Justice.Network.Data;
using Justice.Network.Domain.Cases;
using Justice.Network.Domain.Cooperation;
using Justice.Network.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Justice.Network.Cooperation;

/// <summary>
/// Scores a case against the seven criteria from what is recorded on it: its conferences, interviews, the information
/// given, plan reviews, referrals and the victim's special measures. Changes not yet saved count: the records are read
/// through the context's tracker, so a case is scored with the very change being made.
/// </summary>
public sealed class CaseScoring(IOptions<CaseOptions> options, TimeProvider clock)
{
    /// <summary>The case's evaluation now (for a closed case: as of its closure).</summary>
    public async Task<CaseEvaluation> EvaluateAsync(NetworkDbContext db, CooperationCase @case, CancellationToken cancellationToken) =>
        CooperationCriteria.Evaluate(await EvidenceAsync(db, @case, cancellationToken), clock.GetUtcNow());

    /// <summary>
    /// Evaluates the case and keeps the verdict on it (effective, criteria met, and since when). The case row changes
    /// only when the verdict does, so recording evidence that changes nothing does not contend for the case.
    /// </summary>
    public async Task<CaseEvaluation> RescoreAsync(NetworkDbContext db, CooperationCase @case, CancellationToken cancellationToken)
    {
        var evaluation = await EvaluateAsync(db, @case, cancellationToken);
        if (@case.EvaluatedAt is null || @case.Effective != evaluation.Effective || !@case.CriteriaMet.SequenceEqual(evaluation.CriteriaMet))
        {
            @case.Effective = evaluation.Effective;
            @case.CriteriaMet = [.. evaluation.CriteriaMet];
            @case.EvaluatedAt = evaluation.AsOf;
        }
        return evaluation;
    }

    private async Task<CaseEvidence> EvidenceAsync(NetworkDbContext db, CooperationCase @case, CancellationToken cancellationToken)
    {
        var id = @case.Id;
        var conferences = await CurrentAsync(db.Conferences, c => c.CaseId == id, cancellationToken);
        var interviews = await CurrentAsync(db.Interviews, i => i.CaseId == id, cancellationToken);
        var informed = await CurrentAsync(db.InformationGiven, i => i.CaseId == id, cancellationToken);
        var reviews = await CurrentAsync(db.PlanReviews, r => r.CaseId == id, cancellationToken);
        var referrals = await CurrentAsync(db.Referrals, r => r.CaseId == id, cancellationToken);
        var victim = @case.VictimId;
        var measures = await CurrentAsync(db.VictimMeasures, m => m.VictimId == victim, cancellationToken);
        return new CaseEvidence
        {
            AgeGroup = @case.AgeGroup,
            OpenedAt = @case.OpenedAt,
            PlanningConferenceDueBy = new PlanningConferenceDeadline(options.Value.PlanningConference).DueBy(@case),
            AssessmentOnTime = @case.AssessmentOnTime,
            Conferences = [.. conferences.Select(c => new ConferenceEvidence(c.Kind, c.HeldAt, c.InstitutionIds.Distinct().Count()))],
            Interviews = [.. interviews.Select(i => new InterviewEvidence(i.HeldAt, i.InterviewerId.ToString(), i.AudiovisualRecording))],
            Measures = [.. measures.Where(m => m.Accepted is not null).Select(m => new MeasureEvidence(m.Measure, m.Accepted == true, m.Applied))],
            Referrals = [.. referrals.Select(r => new ReferralEvidence(r.Id, r.State.ToString().ToLowerInvariant(), r.DueBy, r.CompletedAt))],
            InformedRights = informed.Select(i => i.RightCode).ToHashSet(StringComparer.Ordinal),
            PlanReviews = reviews.Count,
            FeedbackInvited = @case.FeedbackInvitedAt is not null,
            ClosedAt = @case.ClosedAt,
        };
    }

    /// <summary>The rows of <paramref name="set"/> matching <paramref name="filter"/> as they stand in this unit of work: saved ones
    /// loaded into the tracker, with those added, changed or removed since.</summary>
    private static async Task<List<T>> CurrentAsync<T>(DbSet<T> set, Expression<Func<T, bool>> filter, CancellationToken cancellationToken)
        where T : class
    {
        await set.Where(filter).LoadAsync(cancellationToken);
        var matches = filter.Compile();
        return [.. set.Local.Where(matches)];
    }
}
