using Justice.Contracts;
using System.Collections.Frozen;

namespace Justice.Assessment.Domain;

/// <summary>A type of crime; <see cref="NeedsParticularAttention"/> marks the categories of Art. 22(3).</summary>
public sealed record CrimeCategory(string Code, bool NeedsParticularAttention, LocalizedText Name);

/// <summary>The crime categories the rules know (the codes of crime-categories.csv; a test keeps them equal).</summary>
public static class CrimeCategories
{
    public const string Terrorism = "terrorism";
    public const string OrganisedCrime = "organised-crime";
    public const string Trafficking = "trafficking";
    public const string GenderBasedViolence = "gender-based-violence";
    public const string CloseRelationshipViolence = "close-relationship-violence";
    public const string SexualViolence = "sexual-violence";
    public const string SexualExploitation = "sexual-exploitation";
    public const string HateCrime = "hate-crime";
    public const string PhysicalViolence = "physical-violence";
    public const string Neglect = "neglect";
    public const string PropertyCrime = "property-crime";
    public const string Other = "other";

    public static readonly IReadOnlyList<CrimeCategory> All =
    [
        new(Terrorism, true, new("Тероризъм", "Terrorism", "Terrorisme")),
        new(OrganisedCrime, true, new("Организирана престъпност", "Organised crime", "Criminalité organisée")),
        new(Trafficking, true, new("Трафик на хора", "Trafficking in human beings", "Traite des êtres humains")),
        new(GenderBasedViolence, true, new("Насилие, основано на пола", "Gender-based violence", "Violence fondée sur le genre")),
        new(CloseRelationshipViolence, true, new("Насилие в близки отношения", "Violence in a close relationship", "Violence au sein d'une relation proche")),
        new(SexualViolence, true, new("Сексуално насилие", "Sexual violence", "Violence sexuelle")),
        new(SexualExploitation, true, new("Сексуална експлоатация", "Sexual exploitation", "Exploitation sexuelle")),
        new(HateCrime, true, new("Престъпление от омраза (дискриминационен мотив)", "Hate crime (bias or discriminatory motive)", "Crime de haine (mobile discriminatoire)")),
        new(PhysicalViolence, false, new("Физическо насилие", "Physical violence", "Violence physique")),
        new(Neglect, false, new("Неглижиране", "Neglect", "Négligence")),
        new(PropertyCrime, false, new("Престъпление срещу собствеността", "Property crime", "Atteinte aux biens")),
        new(Other, false, new("Друго", "Other", "Autre")),
    ];

    private static readonly FrozenDictionary<string, CrimeCategory> ByCode = All.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The categories for which a same-sex interviewer may be asked for (Art. 23(2)(d)).</summary>
    public static readonly FrozenSet<string> SameSexInterviewerCategories =
        new[] { SexualViolence, GenderBasedViolence, CloseRelationshipViolence }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    /// <summary>The category of <paramref name="code"/>; throws for a code <see cref="IsKnown"/> refuses.</summary>
    public static CrimeCategory Get(string code) => ByCode[code];
}
