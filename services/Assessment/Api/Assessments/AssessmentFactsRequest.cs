using FluentValidation;
using Justice.Api;
using Justice.Assessment.Domain;

namespace Justice.Assessment.Api.Assessments;

/// <summary>
/// The facts of an assessment (Art. 22(2)) as a portal sends them: codes and flags, each list and code checked. The
/// model (child or adult) comes from the victim's record, not from here. Texts are codes in kebab-case
/// (<c>intimate-partner</c>); risk reasons are the assessor's professional reasons: write no name or other
/// identifying detail in them (the victim's record has an encrypted notes field for that).
/// </summary>
/// <param name="Sex"><c>female</c>, <c>male</c> or <c>not-stated</c>.</param>
/// <param name="Characteristics">Personal characteristics both models ask about.</param>
/// <param name="CrimeCategories">Codes of the crime categories (at least one; several may apply).</param>
/// <param name="Severity"><c>minor</c>, <c>serious</c> or <c>severe</c> (considerable harm, Art. 22(3)).</param>
/// <param name="Circumstances">Relationship to and dependence on the offender, repeat offending, place.</param>
/// <param name="Risks">Each of the four risks rated once: none, low, medium or high, with a reason above none.</param>
/// <param name="Depth"><c>basic</c> or <c>extended</c> (Art. 22(5)).</param>
/// <param name="Wishes">The victim's wishes (Art. 22(6)): a same-sex interviewer, measures declined.</param>
/// <param name="Child">The child model's questions: required for a child, absent for an adult.</param>
public sealed record AssessmentFactsRequest(
    string Sex,
    CharacteristicsRequest Characteristics,
    IReadOnlyList<string> CrimeCategories,
    string Severity,
    CircumstancesRequest Circumstances,
    IReadOnlyList<RiskRequest> Risks,
    string Depth,
    WishesRequest Wishes,
    ChildRequest? Child = null)
{
    /// <summary>The domain's facts, for a victim of <paramref name="ageGroup"/> (<c>child</c>, <c>adult</c> or <c>uncertain</c>).</summary>
    public AssessmentFacts ToFacts(string ageGroup) => new()
    {
        AgeGroup = ageGroup == "adult" ? AgeGroup.Adult : AgeGroup.Child,
        AgePresumed = ageGroup == "uncertain",
        Sex = Codes.Parse<Sex>(Sex),
        Characteristics = new PersonalCharacteristics(Characteristics.Disability, Characteristics.CommunicationNeeds, Characteristics.ResidesAbroad),
        Child = Child is null ? null : new ChildCircumstances(Child.LegalRepresentativePresent, Child.ConflictOfInterestWithParents,
            Child.UnaccompaniedOrSeparated, Codes.Parse<FamilySituation>(Child.FamilySituation)),
        CrimeCategories = [.. CrimeCategories.Distinct(StringComparer.Ordinal)],
        Severity = Codes.Parse<CrimeSeverity>(Severity),
        Circumstances = new Domain.Circumstances(Codes.Parse<OffenderRelationship>(Circumstances.Relationship),
            Circumstances.DependentOnOffender, Circumstances.RepeatOffending, Codes.Parse<CrimePlace>(Circumstances.Place)),
        Risks = [.. Risks.Select(r => new RiskRating(r.Risk, Codes.Parse<RiskLevel>(r.Level), r.Reason?.Trim()))],
        Depth = Codes.Parse<AssessmentDepth>(Depth),
        Wishes = new VictimWishes(Wishes.SameSexInterviewer, [.. Wishes.DeclinedMeasures.Distinct(StringComparer.Ordinal)]),
    };
}

public sealed record CharacteristicsRequest(bool Disability, bool CommunicationNeeds, bool ResidesAbroad);

/// <param name="FamilySituation"><c>both-parents</c>, <c>one-parent</c>, <c>relatives</c>, <c>foster-family</c>,
/// <c>residential-care</c> or <c>other</c>.</param>
public sealed record ChildRequest(bool LegalRepresentativePresent, bool ConflictOfInterestWithParents, bool UnaccompaniedOrSeparated,
    string FamilySituation);

/// <param name="Relationship">Who the offender is: <c>unknown</c>, <c>stranger</c>, <c>acquaintance</c>, <c>family</c>,
/// <c>intimate-partner</c>, <c>former-partner</c>, <c>carer</c> or <c>other</c>.</param>
/// <param name="Place"><c>unknown</c>, <c>home</c>, <c>school</c>, <c>care-institution</c>, <c>workplace</c>, <c>online</c>,
/// <c>public-place</c> or <c>other</c>.</param>
public sealed record CircumstancesRequest(string Relationship, bool DependentOnOffender, bool RepeatOffending, string Place);

/// <param name="Risk">A risk code: <c>secondary-victimisation</c>, <c>repeat-victimisation</c>, <c>intimidation</c>, <c>retaliation</c>.</param>
/// <param name="Level"><c>none</c>, <c>low</c>, <c>medium</c> or <c>high</c>.</param>
/// <param name="Reason">Why, at most 2,000 characters; required above none.</param>
public sealed record RiskRequest(string Risk, string Level, string? Reason = null);

/// <param name="DeclinedMeasures">Codes of the special measures the victim does not want.</param>
public sealed record WishesRequest(bool SameSexInterviewer, IReadOnlyList<string> DeclinedMeasures);

public sealed class AssessmentFactsRequestValidator : RequestValidator<AssessmentFactsRequest>
{
    public AssessmentFactsRequestValidator()
    {
        RuleFor(r => r.Sex).NotEmpty().OneOf(Codes.Of<Sex>());
        RuleFor(r => r.CrimeCategories).NotEmpty();
        RuleForEach(r => r.CrimeCategories).NotEmpty().OneOf([.. CrimeCategories.All.Select(c => c.Code)]);
        RuleFor(r => r.Severity).NotEmpty().OneOf(Codes.Of<CrimeSeverity>());
        RuleFor(r => r.Depth).NotEmpty().OneOf(Codes.Of<AssessmentDepth>());
        RuleFor(r => r.Child!.FamilySituation).NotEmpty().OneOf(Codes.Of<FamilySituation>()).When(r => r.Child is not null);
        RuleFor(r => r.Circumstances.Relationship).NotEmpty().OneOf(Codes.Of<OffenderRelationship>());
        RuleFor(r => r.Circumstances.Place).NotEmpty().OneOf(Codes.Of<CrimePlace>());
        RuleForEach(r => r.Risks).NotNull().ChildRules(risk =>
        {
            risk.RuleFor(r => r.Risk).NotEmpty().OneOf([.. Domain.Risks.All.Select(x => x.Code)]);
            risk.RuleFor(r => r.Level).NotEmpty().OneOf(Codes.Of<RiskLevel>());
            risk.RuleFor(r => r.Reason).OptionalText(FactsValidation.ReasonMaxLength);
        });
        RuleForEach(r => r.Wishes.DeclinedMeasures).NotEmpty().OneOf([.. SpecialMeasures.All.Select(m => m.Code)])
            .OverridePropertyName("wishes.declinedMeasures");
    }
}

/// <summary>The domain's enums as the API writes them: kebab-case (<c>IntimatePartner</c> is <c>intimate-partner</c>).</summary>
public static class Codes
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IReadOnlyList<string> Of<TEnum>() where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Of)];

    /// <summary>The value a validated code names.</summary>
    public static TEnum Parse<TEnum>(string code) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Single(value => Of(value) == code);
}
