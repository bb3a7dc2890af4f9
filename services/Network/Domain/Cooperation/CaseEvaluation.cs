namespace Justice.Network.Domain.Cooperation;

/// <summary>
/// One case scored against the seven criteria of effective cooperation, in <see cref="CooperationCriteria.All"/>'s
/// order. Cooperation is effective when at least <see cref="CooperationCriteria.EffectiveThreshold"/> are met.
/// </summary>
/// <param name="AsOf">The moment the evaluation speaks of: the closure for a closed case, otherwise when it was evaluated.</param>
public sealed record CaseEvaluation(IReadOnlyList<CriterionResult> Criteria, DateTimeOffset AsOf)
{
    public int MetCount => Criteria.Count(c => c.Met);

    public bool Effective => MetCount >= CooperationCriteria.EffectiveThreshold;

    /// <summary>Codes of the criteria met, in the criteria's order (as stored on the case and sent when it closes).</summary>
    public IReadOnlyList<string> CriteriaMet => [.. Criteria.Where(c => c.Met).Select(c => c.Code)];
}

/// <summary>One criterion's verdict and the facts behind it.</summary>
/// <param name="Code">One of <see cref="CooperationCriteria"/>'s codes.</param>
/// <param name="Finding">A code saying why it is met or not (each criterion's own list, see <see cref="CooperationCriteria"/>).</param>
public sealed record CriterionResult(string Code, bool Met, string Finding, CriterionEvidence Evidence);

/// <summary>The facts a verdict rests on.</summary>
/// <param name="Counts">Numbers counted, by name (e.g. <c>interviews</c>, <c>interviewers</c>).</param>
/// <param name="Dates">Moments compared, by name (e.g. <c>dueBy</c>).</param>
/// <param name="Missing">What the criterion still lacks: codes of rights or measures, ids of referrals, or names of steps.</param>
public sealed record CriterionEvidence(
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyDictionary<string, DateTimeOffset> Dates,
    IReadOnlyList<string> Missing);
