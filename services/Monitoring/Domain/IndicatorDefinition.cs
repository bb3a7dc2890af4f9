using Justice.Contracts;

namespace Justice.Monitoring.Domain;

/// <summary>How an indicator's value is read from a scope's counts.</summary>
public enum IndicatorUnit
{
    /// <summary>A count of one measure (all breakdowns).</summary>
    Count,

    /// <summary>One measure as a share of another, in percent.</summary>
    Percent,
}

/// <summary>One of the programme's indicators, its target and the counts it is computed from.</summary>
/// <param name="Code">The indicator's code in the API, e.g. <c>practitioners-trained</c>.</param>
/// <param name="NationalTarget">The programme's target (DESIGN §1): a count, or a share in percent.</param>
/// <param name="Measure">The count, or the numerator of a share.</param>
/// <param name="Of">The denominator of a share.</param>
/// <param name="NationalOnly">It has no regional figures (decision makers serve national bodies).</param>
/// <param name="RegionalTarget">A fixed target for every region (a team, 75%); null: the national target shared by roster size.</param>
public sealed record IndicatorDefinition(
    string Code,
    LocalizedText Name,
    IndicatorUnit Unit,
    double NationalTarget,
    string Measure,
    string? Of = null,
    bool NationalOnly = false,
    double? RegionalTarget = null);
