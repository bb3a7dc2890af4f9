using Justice.Contracts;
using System.Text.Json.Serialization;

namespace Justice.Assessment.Domain;

/// <summary>
/// One fact that produced a finding or a recommendation: the facts field (as the API names it, e.g.
/// <c>risks.intimidation</c>), its value, and a sentence saying it in the reader's language.
/// </summary>
public sealed record Ground(string Field, string Value, LocalizedText Text);

/// <summary>A conclusion of the rules: the clause it rests on, the facts that produced it, and why in words.</summary>
public sealed record Finding(string Clause, IReadOnlyList<Ground> Grounds, LocalizedText Explanation);

/// <summary>Whether a measure the facts call for is recommended, or was declined by the victim (Art. 22(6)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecommendationStatus>))]
public enum RecommendationStatus
{
    Recommended,
    Declined,
}

/// <summary>A special measure or support need the facts call for, with its clause, grounds and explanation.</summary>
/// <param name="Code">A code of <see cref="SpecialMeasures"/> or <see cref="SupportNeeds"/>.</param>
/// <param name="Clause">The Directive's clause, e.g. <c>23(2)(a)</c>.</param>
/// <param name="Status">Declined when the victim does not want it: then it must never be applied.</param>
/// <param name="Grounds">The facts that call for it.</param>
/// <param name="Explanation">Why, in bg, en and fr.</param>
public sealed record Recommendation(string Code, string Clause, RecommendationStatus Status, IReadOnlyList<Ground> Grounds, LocalizedText Explanation);

/// <summary>What the rules conclude from the facts of one assessment.</summary>
/// <param name="HasSpecificProtectionNeeds">The victim has specific protection needs (Art. 22(1), (3), (4)).</param>
/// <param name="ProtectionNeeds">Why: one finding per clause that applies (22(4), 24(2), 22(3), 22(1)).</param>
/// <param name="RequiredDepth">The depth the facts require (Art. 22(5)).</param>
/// <param name="DepthRequirement">Why an extended assessment is required; null when a basic one is enough.</param>
/// <param name="DepthIsSufficient">The assessment's depth is at least the required one; when false, completing it is an error.</param>
/// <param name="Measures">Special measures of Art. 23 and 24, recommended or declined, in the order of the Directive.</param>
/// <param name="SupportNeeds">Support needs of Art. 4, 7, 8 and 9, in the order of support-needs.csv.</param>
public sealed record AssessmentOutcome(
    bool HasSpecificProtectionNeeds,
    IReadOnlyList<Finding> ProtectionNeeds,
    AssessmentDepth RequiredDepth,
    Finding? DepthRequirement,
    bool DepthIsSufficient,
    IReadOnlyList<Recommendation> Measures,
    IReadOnlyList<Recommendation> SupportNeeds)
{
    /// <summary>The measure <paramref name="code"/> is recommended (called for and not declined).</summary>
    public bool Recommends(string code) =>
        Measures.Any(m => m.Code == code && m.Status == RecommendationStatus.Recommended);

    /// <summary>The measure <paramref name="code"/> is called for by the facts but declined by the victim.</summary>
    public bool Declined(string code) =>
        Measures.Any(m => m.Code == code && m.Status == RecommendationStatus.Declined);

    public bool NeedsSupport(string code) => SupportNeeds.Any(n => n.Code == code);
}
