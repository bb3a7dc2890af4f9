using FsCheck;
using FsCheck.Fluent;
using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>FsCheck generators of valid assessment facts: children and adults, any mix of codes, ratings and wishes.</summary>
public static class FactsGenerators
{
    public static Arbitrary<AssessmentFacts> Facts() => Arb.From(AnyFacts);

    private static readonly Gen<bool> Flag = Gen.Elements(true, false);

    private static Gen<T> Any<T>() where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    private static Gen<List<string>> SomeOf(IEnumerable<string> codes) =>
        Gen.SubListOf(codes.ToArray()).SelectMany(list => Gen.Shuffle<string>(list)).Select(list => list.ToList());

    private static readonly Gen<List<RiskRating>> Ratings =
        Gen.ArrayOf(Any<RiskLevel>(), Risks.All.Count)
            .Select(levels => Risks.All.Select((r, i) => new RiskRating(r.Code, levels[i], levels[i] > RiskLevel.None ? "Observed." : null)).ToList());

    private static readonly Gen<ChildCircumstances> ChildQuestions =
        from representative in Flag
        from conflict in Flag
        from unaccompanied in Flag
        from family in Any<FamilySituation>()
        select new ChildCircumstances(representative, conflict, unaccompanied, family);

    private static readonly Gen<Circumstances> CrimeCircumstances =
        from relationship in Any<OffenderRelationship>()
        from dependent in Flag
        from repeat in Flag
        from place in Any<CrimePlace>()
        select new Circumstances(relationship, dependent, repeat, place);

    private static readonly Gen<PersonalCharacteristics> Characteristics =
        from disability in Flag
        from communication in Flag
        from abroad in Flag
        select new PersonalCharacteristics(disability, communication, abroad);

    private static readonly Gen<AssessmentFacts> AnyFacts =
        from age in Any<AgeGroup>()
        from presumed in Flag
        from sex in Gen.Elements(Sex.Female, Sex.Male, Sex.NotStated)
        from characteristics in Characteristics
        from child in ChildQuestions
        from categories in SomeOf(CrimeCategories.All.Select(c => c.Code)).Where(list => list.Count > 0)
        from severity in Any<CrimeSeverity>()
        from circumstances in CrimeCircumstances
        from risks in Ratings
        from depth in Any<AssessmentDepth>()
        from wish in Flag
        from declined in SomeOf(SpecialMeasures.All.Select(m => m.Code))
        select new AssessmentFacts
        {
            AgeGroup = age,
            AgePresumed = presumed && age == AgeGroup.Child,
            Sex = wish && sex == Sex.NotStated ? Sex.Female : sex,
            Characteristics = characteristics,
            Child = age == AgeGroup.Child ? child : null,
            CrimeCategories = categories,
            Severity = severity,
            Circumstances = circumstances,
            Risks = risks,
            Depth = depth,
            Wishes = new VictimWishes(wish, declined
                .Where(code => age == AgeGroup.Child || !SpecialMeasures.Get(code).ForChildrenOnly)
                .Where(code => !(wish && code == SpecialMeasures.SameSexInterviewer))
                .ToList()),
        };
}
