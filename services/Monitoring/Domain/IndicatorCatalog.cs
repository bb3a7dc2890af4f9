using Justice.Contracts;

namespace Justice.Monitoring.Domain;

/// <summary>The programme's six indicators and their targets (the programme's description, DESIGN §1).</summary>
public static class IndicatorCatalog
{
    public static readonly IndicatorDefinition PractitionersTrained = new("practitioners-trained",
        new("Обучени специалисти", "Practitioners trained", "Praticiens formés"),
        IndicatorUnit.Count, 980, Measures.PractitionersTrained);

    public static readonly IndicatorDefinition DecisionMakersTrained = new("decision-makers-trained",
        new("Обучени ръководители", "Decision makers trained", "Décideurs formés"),
        IndicatorUnit.Count, 50, Measures.DecisionMakersTrained, NationalOnly: true);

    public static readonly IndicatorDefinition TeamsFormed = new("teams-formed",
        new("Сформирани териториални екипи", "Territorial teams formed", "Équipes territoriales constituées"),
        IndicatorUnit.Count, 28, Measures.TeamsFormed, RegionalTarget: 1);

    public static readonly IndicatorDefinition VictimsAssessed = new("victims-assessed",
        new("Пострадали с индивидуална оценка", "Victims individually assessed", "Victimes ayant fait l'objet d'une évaluation individuelle"),
        IndicatorUnit.Count, 400, Measures.VictimsAssessed);

    public static readonly IndicatorDefinition EffectiveCooperation = new("effective-cooperation",
        new("Случаи с ефективно сътрудничество", "Cases with effective cooperation", "Affaires avec une coopération effective"),
        IndicatorUnit.Percent, 75, Measures.CasesEffective, Of: Measures.CasesClosed, RegionalTarget: 75);

    public static readonly IndicatorDefinition EventParticipants = new("event-participants",
        new("Участници в публични събития", "Participants in public events", "Participants aux événements publics"),
        IndicatorUnit.Count, 1000, Measures.EventParticipants);

    public static readonly IReadOnlyList<IndicatorDefinition> All =
        [PractitionersTrained, DecisionMakersTrained, TeamsFormed, VictimsAssessed, EffectiveCooperation, EventParticipants];

    /// <summary>Every indicator's code, as a caller who named an unknown one is told: "practitioners-trained, …".</summary>
    public static readonly string Codes = string.Join(", ", All.Select(definition => definition.Code));

    /// <summary>What the national figures are called.</summary>
    public static readonly LocalizedText Nation = new("България", "Bulgaria", "Bulgarie");

    public static IndicatorDefinition? Find(string? code) =>
        All.FirstOrDefault(definition => string.Equals(definition.Code, code, StringComparison.Ordinal));
}
