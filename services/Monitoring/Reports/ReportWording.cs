using System.Globalization;
using Justice.Monitoring.Data;

namespace Justice.Monitoring.Reports;

/// <summary>The fixed texts of the monthly report in one language.</summary>
public sealed record ReportWording(
    CultureInfo Culture,
    string Programme,
    string Title,
    string AsOf,
    string NationalIndicators,
    string Indicator,
    string Value,
    string Target,
    string PercentOfTarget,
    string Trends,
    string Regions,
    string Region,
    string Feedback,
    string AgeGroupHeading,
    string InMonth,
    string SinceStart,
    string AtMonthEnd,
    string NoFeedback,
    string Findings,
    string NoFindings,
    string National,
    string FindingsText,
    string RecommendationsText,
    string Page,
    (string Internal, string External) Kinds,
    (string Child, string Adult) AgeGroups)
{
    public static readonly ReportWording Bulgarian = new(
        CultureInfo.GetCultureInfo("bg-BG"), "Правосъдие, приятел на детето", "Месечен доклад за мониторинг", "Данни към {0}",
        "Национални индикатори", "Индикатор", "Стойност", "Цел", "% от целта", "Развитие за 12 месеца", "Съдебни райони", "Район",
        "Обратна връзка от пострадали", "Възрастова група", "През месеца", "От началото", "В края на месеца", "Няма получена обратна връзка.",
        "Констатации от мониторинг и оценка", "Няма констатации за този месец.", "национално ниво", "Констатации", "Препоръки",
        "Стр. {0}", ("Вътрешен мониторинг", "Външна оценка"), ("Деца", "Възрастни"));

    public static readonly ReportWording English = new(
        CultureInfo.GetCultureInfo("en-GB"), "Justice befriends the child", "Monthly monitoring report", "Figures as of {0}",
        "National indicators", "Indicator", "Value", "Target", "% of target", "Trend over 12 months", "Judicial regions", "Region",
        "Victims' feedback", "Age group", "In the month", "Since the start", "At the month's end", "No feedback received.",
        "Monitoring and evaluation findings", "No findings for this month.", "national", "Findings", "Recommendations",
        "Page {0}", ("Internal monitoring", "External evaluation"), ("Children", "Adults"));

    public static readonly ReportWording French = new(
        CultureInfo.GetCultureInfo("fr-FR"), "La justice amie de l'enfant", "Rapport mensuel de suivi", "Données au {0}",
        "Indicateurs nationaux", "Indicateur", "Valeur", "Cible", "% de la cible", "Évolution sur 12 mois", "Régions judiciaires", "Région",
        "Retours des victimes", "Tranche d'âge", "Dans le mois", "Depuis le début", "En fin de mois", "Aucun retour reçu.",
        "Constats du suivi et de l'évaluation", "Aucun constat pour ce mois.", "niveau national", "Constats", "Recommandations",
        "Page {0}", ("Suivi interne", "Évaluation externe"), ("Enfants", "Adultes"));

    public static ReportWording For(string language) => language switch
    {
        "en" => English,
        "fr" => French,
        _ => Bulgarian,
    };

    /// <summary>"май 2026", "May 2026", "mai 2026".</summary>
    public string MonthName(DateOnly month) => month.ToString("MMMM yyyy", Culture);

    public string Date(DateOnly day) => day.ToString("d", Culture);

    public string Number(double value, bool percent = false) =>
        value.ToString(percent ? "0.#" : "#,0.#", Culture) + (percent ? " %" : "");

    public string Kind(string kind) => kind == FindingKinds.ExternalEvaluation ? Kinds.External : Kinds.Internal;

    public string AgeGroup(string group) => group switch
    {
        "child" => AgeGroups.Child,
        "adult" => AgeGroups.Adult,
        _ => group,
    };
}
