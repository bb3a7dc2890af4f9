using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>
/// Facts for the rule tables, written as traits: <c>"child category:sexual-violence risk:intimidation=High wish"</c>.
/// The base is a victim of a minor property crime by a stranger in a public place, every risk rated none.
/// </summary>
internal static class Facts
{
    public static AssessmentFacts Adult { get; } = new()
    {
        AgeGroup = AgeGroup.Adult,
        Sex = Sex.Female,
        Characteristics = new(Disability: false, CommunicationNeeds: false, ResidesAbroad: false),
        CrimeCategories = [CrimeCategories.PropertyCrime],
        Severity = CrimeSeverity.Minor,
        Circumstances = new(OffenderRelationship.Stranger, DependentOnOffender: false, RepeatOffending: false, CrimePlace.PublicPlace),
        Risks = Risks.All.Select(r => new RiskRating(r.Code, RiskLevel.None, null)).ToList(),
        Depth = AssessmentDepth.Basic,
        Wishes = new(SameSexInterviewer: false, DeclinedMeasures: []),
    };

    public static AssessmentFacts Child { get; } = Adult with
    {
        AgeGroup = AgeGroup.Child,
        Child = new(LegalRepresentativePresent: true, ConflictOfInterestWithParents: false, UnaccompaniedOrSeparated: false, FamilySituation.BothParents),
    };

    /// <summary>Facts from space-separated traits; the first is <c>adult</c> or <c>child</c>.</summary>
    public static AssessmentFacts Of(string traits)
    {
        var words = traits.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var facts = words[0] switch
        {
            "adult" => Adult,
            "child" => Child,
            _ => throw new ArgumentException($"Start with adult or child: {traits}", nameof(traits)),
        };
        var categories = new List<string>();
        foreach (var word in words.Skip(1))
        {
            var (name, value) = word.Split(':') is [var n, var v] ? (n, v) : (word, "");
            facts = name switch
            {
                "category" => Add(categories, value, facts),
                "risk" => facts.WithRisk(value.Split('=')[0], Enum.Parse<RiskLevel>(value.Split('=')[1])),
                "offender" => facts with { Circumstances = facts.Circumstances with { Relationship = Enum.Parse<OffenderRelationship>(value) } },
                "place" => facts with { Circumstances = facts.Circumstances with { Place = Enum.Parse<CrimePlace>(value) } },
                "depth" => facts with { Depth = Enum.Parse<AssessmentDepth>(value) },
                "sex" => facts with { Sex = Enum.Parse<Sex>(value) },
                "declined" => facts with { Wishes = facts.Wishes with { DeclinedMeasures = [.. facts.Wishes.DeclinedMeasures, value] } },
                "severe" => facts with { Severity = CrimeSeverity.Severe },
                "serious" => facts with { Severity = CrimeSeverity.Serious },
                "disability" => facts with { Characteristics = facts.Characteristics with { Disability = true } },
                "communication" => facts with { Characteristics = facts.Characteristics with { CommunicationNeeds = true } },
                "abroad" => facts with { Characteristics = facts.Characteristics with { ResidesAbroad = true } },
                "dependent" => facts with { Circumstances = facts.Circumstances with { DependentOnOffender = true } },
                "repeat-offending" => facts with { Circumstances = facts.Circumstances with { RepeatOffending = true } },
                "wish" => facts with { Wishes = facts.Wishes with { SameSexInterviewer = true } },
                "age-presumed" => facts with { AgePresumed = true },
                "conflict" => facts with { Child = facts.Child! with { ConflictOfInterestWithParents = true } },
                "unaccompanied" => facts with { Child = facts.Child! with { UnaccompaniedOrSeparated = true } },
                "no-representative" => facts with { Child = facts.Child! with { LegalRepresentativePresent = false } },
                _ => throw new ArgumentException($"Unknown trait {word}", nameof(traits)),
            };
        }
        return facts;
    }

    public static AssessmentFacts WithRisk(this AssessmentFacts facts, string risk, RiskLevel level) => facts with
    {
        Risks = facts.Risks.Select(r => r.Risk == risk ? new RiskRating(risk, level, level > RiskLevel.None ? "Stated in the interview." : null) : r).ToList(),
    };

    public static AssessmentOutcome Evaluate(string traits) => ProtectionRules.Evaluate(Of(traits));

    private static AssessmentFacts Add(List<string> categories, string category, AssessmentFacts facts)
    {
        categories.Add(category);
        return facts with { CrimeCategories = [.. categories] };
    }
}
