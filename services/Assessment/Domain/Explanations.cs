using Justice.Contracts;

namespace Justice.Assessment.Domain;

/// <summary>The sentences that explain findings and recommendations, built from their clause and grounds.</summary>
public static class Explanations
{
    public static LocalizedText ProtectionNeeds(string clause, IReadOnlyList<Ground> grounds) => Compose(grounds,
        $"Чл. {clause}: пострадалият има специфични потребности от защита, защото ",
        $"Art. {clause}: the victim has specific protection needs because ",
        $"Art. {clause} : la victime a des besoins spécifiques de protection parce que ");

    public static LocalizedText ExtendedDepth(IReadOnlyList<Ground> grounds) => Compose(grounds,
        "Чл. 22(5): необходима е задълбочена оценка, защото ",
        "Art. 22(5): an extended assessment is required because ",
        "Art. 22(5) : une évaluation approfondie est requise parce que ");

    public static LocalizedText Measure(string clause, RecommendationStatus status, IReadOnlyList<Ground> grounds) =>
        status == RecommendationStatus.Recommended
            ? Compose(grounds,
                $"Препоръчва се мярка по чл. {clause}, защото ",
                $"Art. {clause} measure recommended because ",
                $"Mesure de l'art. {clause} recommandée parce que ")
            : Compose(grounds,
                $"Мярката по чл. {clause} би се приложила, защото ",
                $"The Art. {clause} measure would apply because ",
                $"La mesure de l'art. {clause} s'appliquerait parce que ",
                " Пострадалият я отказа (чл. 22(6)) и тя не се прилага.",
                " The victim declined it (Art. 22(6)), so it is not applied.",
                " La victime l'a refusée (art. 22(6)) : elle n'est pas appliquée.");

    public static LocalizedText Support(string clause, IReadOnlyList<Ground> grounds) => Compose(grounds,
        $"Препоръчва се подкрепа по чл. {clause}, защото ",
        $"Art. {clause} support recommended because ",
        $"Soutien de l'art. {clause} recommandé parce que ");

    private static LocalizedText Compose(IReadOnlyList<Ground> grounds, string bg, string en, string fr,
        string bgTail = "", string enTail = "", string frTail = "") =>
        new(bg + Join(grounds, g => g.Text.Bg) + "." + bgTail,
            en + Join(grounds, g => g.Text.En) + "." + enTail,
            fr + Join(grounds, g => g.Text.Fr) + "." + frTail);

    private static string Join(IReadOnlyList<Ground> grounds, Func<Ground, string> text) =>
        string.Join("; ", grounds.Select(text));
}
