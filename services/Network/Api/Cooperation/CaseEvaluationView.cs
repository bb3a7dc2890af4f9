using Justice.Api;
using Justice.Network.Domain.Cooperation;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Cooperation;

/// <summary>A case's evaluation as the case view shows it: each criterion named in the reader's language, with its facts.</summary>
/// <param name="MetCount">How many of the seven criteria are met.</param>
/// <param name="Threshold">How many must be met for cooperation to be effective (5).</param>
/// <param name="AsOf">The moment evaluated: the closure of a closed case, otherwise the time of evaluation.</param>
public sealed record CaseEvaluationView(int MetCount, int Threshold, bool Effective, DateTimeOffset AsOf, IReadOnlyList<CriterionView> Criteria)
{
    /// <summary>The view in the language of the current request.</summary>
    public static CaseEvaluationView From(CaseEvaluation evaluation) => From(evaluation, ReaderLanguage.Current);

    public static CaseEvaluationView From(CaseEvaluation evaluation, string language)
    {
        var names = CooperationCriteria.All.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        return new CaseEvaluationView(evaluation.MetCount, CooperationCriteria.EffectiveThreshold, evaluation.Effective, evaluation.AsOf,
            [.. evaluation.Criteria.Select(c => new CriterionView(c.Code, names[c.Code].In(language), c.Met, c.Finding, c.Evidence))]);
    }
}

/// <summary>One criterion: met or not, a finding code saying why, and the counts, dates and missing items behind it.</summary>
public sealed record CriterionView(string Code, string Name, bool Met, string Finding, CriterionEvidence Evidence);
