using System.Collections.Frozen;

namespace Justice.Assessment.Domain;

/// <summary>A support need and the article that provides it (Art. 4, 7, 8 and 9).</summary>
public sealed record SupportNeed(string Code, string Clause);

/// <summary>The support needs (the codes and articles of support-needs.csv; a test keeps them equal).</summary>
public static class SupportNeeds
{
    public const string InformationAdvice = "information-advice";
    public const string ReferralSpecialist = "referral-specialist";
    public const string EmotionalPsychological = "emotional-psychological";
    public const string FinancialPractical = "financial-practical";
    public const string RiskAdvice = "risk-advice";
    public const string Shelter = "shelter";
    public const string TraumaSupport = "trauma-support";
    public const string Medical = "medical";
    public const string LegalAid = "legal-aid";
    public const string Interpretation = "interpretation";

    public static readonly IReadOnlyList<SupportNeed> All =
    [
        new(InformationAdvice, "9(1)(a)"),
        new(ReferralSpecialist, "9(1)(b)"),
        new(EmotionalPsychological, "9(1)(c)"),
        new(FinancialPractical, "9(1)(d)"),
        new(RiskAdvice, "9(1)(e)"),
        new(Shelter, "9(3)(a)"),
        new(TraumaSupport, "9(3)(b)"),
        new(Medical, "8"),
        new(LegalAid, "4(1)(d)"),
        new(Interpretation, "7"),
    ];

    private static readonly FrozenDictionary<string, SupportNeed> ByCode = All.ToFrozenDictionary(n => n.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static SupportNeed Get(string code) => ByCode[code];
}
