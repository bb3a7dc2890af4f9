using System.Text.Json.Serialization;

namespace Justice.Assessment.Domain;

/// <summary>The victim's sex; it matters for an interview by a person of the same sex (Art. 23(2)(d)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    NotStated,
    Female,
    Male,
}

/// <summary>
/// The severity of the crime and the harm it caused. <see cref="Severe"/> means considerable harm due to the
/// severity of the crime (Art. 22(3)) and calls for an extended assessment (Art. 22(5)).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CrimeSeverity>))]
public enum CrimeSeverity
{
    Minor,
    Serious,
    Severe,
}

/// <summary>How far the assessment goes (Art. 22(5)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentDepth>))]
public enum AssessmentDepth
{
    Basic,
    Extended,
}

/// <summary>A rating of one of the four risks of Art. 22(1); ordered, so <c>level &gt;= Medium</c> reads as it should.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
public enum RiskLevel
{
    None,
    Low,
    Medium,
    High,
}

/// <summary>
/// Who the offender is to the victim. <see cref="Family"/>, <see cref="IntimatePartner"/>, <see cref="FormerPartner"/>
/// and <see cref="Carer"/> are close relationships that can make a victim vulnerable (Art. 22(3)).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<OffenderRelationship>))]
public enum OffenderRelationship
{
    Unknown,
    Stranger,
    Acquaintance,
    Family,
    IntimatePartner,
    FormerPartner,
    Carer,
    Other,
}

/// <summary>Where the crime took place.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CrimePlace>))]
public enum CrimePlace
{
    Unknown,
    Home,
    School,
    CareInstitution,
    Workplace,
    Online,
    PublicPlace,
    Other,
}

/// <summary>Whom a child lives with (child model only).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FamilySituation>))]
public enum FamilySituation
{
    BothParents,
    OneParent,
    Relatives,
    FosterFamily,
    ResidentialCare,
    Other,
}
