namespace Justice.Training.Domain.Competencies;

/// <summary>The proficiency scale every profile uses.</summary>
public static class ProficiencyScale
{
    public sealed record Level(int Value, string NameBg, string NameEn, string NameFr,
        string DescriptionBg, string DescriptionEn, string DescriptionFr);

    public static readonly IReadOnlyList<Level> Levels =
    [
        new(1, "Осведомен", "Aware", "Sensibilisé",
            "Познава понятията и правилата и знае кога да потърси специалист.",
            "Knows the concepts and rules and when to call on a specialist.",
            "Connaît les notions et les règles et sait quand faire appel à un spécialiste."),
        new(2, "Практикуващ", "Practising", "Praticien",
            "Прилага ги самостоятелно в обичайните случаи.",
            "Applies them independently in ordinary cases.",
            "Les applique de manière autonome dans les cas courants."),
        new(3, "Експерт", "Expert", "Expert",
            "Прилага ги в сложни случаи и напътства колегите си.",
            "Applies them in complex cases and guides colleagues.",
            "Les applique dans les cas complexes et guide ses collègues."),
    ];

    public static bool IsLevel(int value) => value is >= 1 and <= 3;
}
