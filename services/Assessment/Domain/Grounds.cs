namespace Justice.Assessment.Domain;

/// <summary>The facts the rules cite, each with its sentence in bg, en and fr.</summary>
public static class Grounds
{
    private const string True = "true";

    public static Ground Child { get; } = new("ageGroup", nameof(AgeGroup.Child),
        new("пострадалият е дете", "the victim is a child", "la victime est un enfant"));

    public static Ground AgePresumed { get; } = new("agePresumed", True,
        new("възрастта е несигурна и пострадалият се приема за дете",
            "the age is uncertain and the victim is presumed to be a child",
            "l'âge est incertain et la victime est présumée être un enfant"));

    public static Ground Severe { get; } = new("severity", nameof(CrimeSeverity.Severe),
        new("тежко престъпление, причинило значителна вреда", "a severe crime that caused considerable harm",
            "une infraction grave ayant causé un préjudice considérable"));

    public static Ground Disability { get; } = new("characteristics.disability", True,
        new("пострадалият има увреждане", "the victim has a disability", "la victime est en situation de handicap"));

    public static Ground CommunicationNeeds { get; } = new("characteristics.communicationNeeds", True,
        new("пострадалият има езикови или комуникационни потребности", "the victim has language or communication needs",
            "la victime a des besoins linguistiques ou de communication"));

    public static Ground ResidesAbroad { get; } = new("characteristics.residesAbroad", True,
        new("пострадалият живее в друга държава", "the victim resides in another country", "la victime réside dans un autre pays"));

    public static Ground DependentOnOffender { get; } = new("circumstances.dependentOnOffender", True,
        new("пострадалият зависи от извършителя", "the victim depends on the offender", "la victime dépend de l'auteur"));

    public static Ground RepeatOffending { get; } = new("circumstances.repeatOffending", True,
        new("извършителят е посегнал на пострадалия и преди", "the offender has offended against the victim before",
            "l'auteur s'en est déjà pris à la victime"));

    public static Ground AtHome { get; } = new("circumstances.place", nameof(CrimePlace.Home),
        new("престъплението е извършено в дома", "the crime took place at home", "l'infraction a eu lieu au domicile"));

    public static Ground ConflictOfInterest { get; } = new("child.conflictOfInterestWithParents", True,
        new("има конфликт на интереси между детето и носителите на родителска отговорност",
            "there is a conflict of interest between the child and the holders of parental responsibility",
            "il existe un conflit d'intérêts entre l'enfant et les titulaires de la responsabilité parentale"));

    public static Ground Unaccompanied { get; } = new("child.unaccompaniedOrSeparated", True,
        new("детето е непридружено или разделено от семейството си", "the child is unaccompanied or separated from the family",
            "l'enfant est non accompagné ou séparé de sa famille"));

    public static Ground NoLegalRepresentative { get; } = new("child.legalRepresentativePresent", "false",
        new("детето няма законен представител", "the child has no legal representative present",
            "l'enfant n'a pas de représentant légal présent"));

    public static Ground SameSexWish { get; } = new("wishes.sameSexInterviewer", True,
        new("пострадалият желае да бъде разпитан от лице от същия пол", "the victim wishes to be interviewed by a person of the same sex",
            "la victime souhaite être entendue par une personne du même sexe"));

    public static Ground SpecificProtectionNeeds { get; } = new("specificProtectionNeeds", True,
        new("пострадалият има специфични потребности от защита", "the victim has specific protection needs",
            "la victime a des besoins spécifiques de protection"));

    public static Ground EveryVictim { get; } = new("victim", "any",
        new("всеки пострадал има право на това", "every victim is entitled to it", "toute victime y a droit"));

    public static Ground CloseRelationship(OffenderRelationship relationship) => new("circumstances.relationship", relationship.ToString(),
        new("извършителят е близък на пострадалия (член на семейството, партньор или полагащ грижи)",
            "the offender is close to the victim (family, partner or carer)",
            "l'auteur est un proche de la victime (famille, partenaire ou personne qui en a la charge)"));

    public static Ground CrimeCategory(string code)
    {
        var name = CrimeCategories.Get(code).Name;
        return new("crimeCategories", code, new($"престъпление: {name.Bg}", $"crime: {name.En}", $"infraction : {name.Fr}"));
    }

    public static Ground Risk(string code, RiskLevel level)
    {
        var name = Risks.Get(code).Name;
        var (bg, en, fr) = level switch
        {
            RiskLevel.High => ("висок", "high", "élevé"),
            RiskLevel.Medium => ("среден", "medium", "moyen"),
            RiskLevel.Low => ("нисък", "low", "faible"),
            _ => ("няма", "none", "aucun"),
        };
        return new($"risks.{code}", level.ToString(),
            new($"риск „{name.Bg}“: {bg}", $"risk of {name.En.ToLowerInvariant()}: {en}", $"risque de {name.Fr.ToLowerInvariant()} : {fr}"));
    }
}
