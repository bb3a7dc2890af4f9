using Justice.Contracts;

namespace Justice.Assessment.Domain;

/// <summary>A fact that is wrong: the facts field as the API names it (e.g. <c>risks[2].reason</c>) and what is wrong.</summary>
public sealed record FactError(string Field, LocalizedText Message);

/// <summary>
/// Checks the facts of an assessment before the rules see them. <see cref="Validate"/> for any save (a draft
/// included); <see cref="ValidateForCompletion"/> also requires the depth of Art. 22(5).
/// </summary>
public static class FactsValidation
{
    public const int ReasonMaxLength = 2000;

    public static IReadOnlyList<FactError> Validate(AssessmentFacts facts)
    {
        var errors = new List<FactError>();
        void Add(string field, string bg, string en, string fr) => errors.Add(new(field, new(bg, en, fr)));

        Defined(facts.AgeGroup, "ageGroup", Add);
        Defined(facts.Sex, "sex", Add);
        Defined(facts.Severity, "severity", Add);
        Defined(facts.Depth, "depth", Add);
        if (facts.AgePresumed && facts.AgeGroup != AgeGroup.Child)
        {
            Add("agePresumed", "Само дете може да бъде предполагаемо дете (чл. 24(2)).",
                "Only a child can be presumed to be a child (Art. 24(2)).", "Seul un enfant peut être présumé enfant (art. 24(2)).");
        }
        ValidateModel(facts, Add);
        if (facts.Characteristics is null)
        {
            Required("characteristics", Add);
        }
        if (facts.Circumstances is null)
        {
            Required("circumstances", Add);
        }
        else
        {
            Defined(facts.Circumstances.Relationship, "circumstances.relationship", Add);
            Defined(facts.Circumstances.Place, "circumstances.place", Add);
        }
        ValidateCategories(facts.CrimeCategories, Add);
        ValidateRisks(facts.Risks, Add);
        ValidateWishes(facts, Add);
        return errors;
    }

    /// <summary>As <see cref="Validate"/>, and a basic assessment where the facts require an extended one is an error.</summary>
    public static IReadOnlyList<FactError> ValidateForCompletion(AssessmentFacts facts)
    {
        var errors = Validate(facts);
        if (errors.Count > 0 || ProtectionRules.Evaluate(facts).DepthIsSufficient)
        {
            return errors;
        }
        return [new("depth", new(
            "Необходима е задълбочена оценка (чл. 22(5)): тежко престъпление или основание по чл. 22(3).",
            "An extended assessment is required (Art. 22(5)): a severe crime or a ground of Art. 22(3).",
            "Une évaluation approfondie est requise (art. 22(5)) : infraction grave ou motif de l'art. 22(3)."))];
    }

    private delegate void Report(string field, string bg, string en, string fr);

    private static void ValidateModel(AssessmentFacts facts, Report add)
    {
        if (facts.AgeGroup == AgeGroup.Child && facts.Child is null)
        {
            Required("child", add);
        }
        else if (facts.AgeGroup == AgeGroup.Adult && facts.Child is not null)
        {
            add("child", "Въпросите на модела за деца не се отнасят до пълнолетен.",
                "The child model's questions do not apply to an adult.", "Les questions du modèle enfant ne s'appliquent pas à un adulte.");
        }
        else if (facts.Child is not null)
        {
            Defined(facts.Child.FamilySituation, "child.familySituation", add);
        }
    }

    private static void ValidateCategories(IReadOnlyList<string>? categories, Report add)
    {
        if (categories is null || categories.Count == 0)
        {
            add("crimeCategories", "Посочете поне една категория престъпление.", "Name at least one crime category.",
                "Indiquez au moins une catégorie d'infraction.");
            return;
        }
        for (var i = 0; i < categories.Count; i++)
        {
            Code(categories, i, $"crimeCategories[{i}]", CrimeCategories.IsKnown, CrimeCategories.All.Select(c => c.Code), add);
        }
    }

    private static void ValidateRisks(IReadOnlyList<RiskRating>? risks, Report add)
    {
        risks ??= [];
        for (var i = 0; i < risks.Count; i++)
        {
            var rating = risks[i];
            if (rating is null)
            {
                Required($"risks[{i}]", add);
                continue;
            }
            Code(risks.Select(r => r?.Risk).ToList(), i, $"risks[{i}].risk", Risks.IsKnown, Risks.All.Select(r => r.Code), add);
            if (!Enum.IsDefined(rating.Level))
            {
                Defined(rating.Level, $"risks[{i}].level", add);
            }
            else if (rating.Level > RiskLevel.None && string.IsNullOrWhiteSpace(rating.Reason))
            {
                add($"risks[{i}].reason", "Посочете причината за оценка над „няма“.", "Give the reason for a rating above none.",
                    "Indiquez la raison d'une évaluation supérieure à « aucun ».");
            }
            else if (rating.Reason is { } reason && reason.Trim().Length > ReasonMaxLength)
            {
                add($"risks[{i}].reason", $"Разрешени са най-много {ReasonMaxLength} знака.",
                    $"At most {ReasonMaxLength} characters are allowed.", $"{ReasonMaxLength} caractères au plus sont autorisés.");
            }
        }
        foreach (var risk in Risks.All.Where(r => !risks.Any(x => x?.Risk == r.Code)))
        {
            add("risks", $"Рискът „{risk.Name.Bg}“ не е оценен.", $"The risk \"{risk.Name.En}\" is not rated.",
                $"Le risque « {risk.Name.Fr} » n'est pas évalué.");
        }
    }

    private static void ValidateWishes(AssessmentFacts facts, Report add)
    {
        if (facts.Wishes is null)
        {
            Required("wishes", add);
            return;
        }
        var declined = facts.Wishes.DeclinedMeasures ?? [];
        for (var i = 0; i < declined.Count; i++)
        {
            var field = $"wishes.declinedMeasures[{i}]";
            if (!Code(declined, i, field, SpecialMeasures.IsKnown, SpecialMeasures.All.Select(m => m.Code), add))
            {
                continue;
            }
            if (SpecialMeasures.Get(declined[i]).ForChildrenOnly && facts.AgeGroup == AgeGroup.Adult)
            {
                add(field, "Мерките по чл. 24 се отнасят само до деца.", "Art. 24 measures apply to children only.",
                    "Les mesures de l'art. 24 ne concernent que les enfants.");
            }
            if (declined[i] == SpecialMeasures.SameSexInterviewer && facts.Wishes.SameSexInterviewer)
            {
                add(field, "Пострадалият не може едновременно да желае и да откаже разпит от лице от същия пол.",
                    "The victim cannot both wish for and decline an interviewer of the same sex.",
                    "La victime ne peut pas à la fois demander et refuser un auditeur du même sexe.");
            }
        }
        if (facts.Wishes.SameSexInterviewer && facts.Sex == Sex.NotStated)
        {
            add("sex", "Посочете пола на пострадалия, за да се изпълни желанието за разпит от лице от същия пол.",
                "State the victim's sex to meet the wish for an interviewer of the same sex.",
                "Indiquez le sexe de la victime pour répondre au souhait d'un auditeur du même sexe.");
        }
    }

    /// <summary>Reports an unknown or repeated code at <paramref name="index"/>; true when it is known and first.</summary>
    private static bool Code(IReadOnlyList<string?> codes, int index, string field, Func<string?, bool> isKnown,
        IEnumerable<string> known, Report add)
    {
        var code = codes[index];
        if (!isKnown(code))
        {
            var list = string.Join(", ", known);
            add(field, $"Непознат код. Известни: {list}.", $"Unknown code. Known: {list}.", $"Code inconnu. Connus : {list}.");
            return false;
        }
        if (codes.Take(index).Contains(code))
        {
            add(field, "Кодът е посочен повече от веднъж.", "The code is given more than once.", "Le code figure plus d'une fois.");
            return false;
        }
        return true;
    }

    private static void Defined<T>(T value, string field, Report add) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            var known = string.Join(", ", Enum.GetNames<T>());
            add(field, $"Непозната стойност. Известни: {known}.", $"Unknown value. Known: {known}.", $"Valeur inconnue. Connues : {known}.");
        }
    }

    private static void Required(string field, Report add) =>
        add(field, "Полето е задължително.", "The field is required.", "Le champ est obligatoire.");
}
