using System.ComponentModel.DataAnnotations;

namespace Justice.Network.Domain.Cases;

/// <summary>The settings of cooperation cases, from the configuration section <c>Cases</c>.</summary>
public sealed class CaseOptions
{
    public const string Section = "Cases";

    /// <summary>
    /// Days from the first contact within which Assessment is to complete an assessment (its own deadline): a case
    /// counts its assessment on time when it took no more.
    /// </summary>
    [Range(1, 365)]
    public int AssessmentDeadlineDays { get; set; } = 7;

    /// <summary>Time allowed before the first planning conference, nationally and per region.</summary>
    public PlanningConferenceTimes PlanningConference { get; set; } = new();

    /// <summary>Whether <see cref="PlanningConference"/>'s times are all positive.</summary>
    public bool HasPositiveTimes() =>
        PlanningConference.Child > TimeSpan.Zero && PlanningConference.Adult > TimeSpan.Zero
        && PlanningConference.Regions.Values.All(r => r.Child is null || r.Child > TimeSpan.Zero)
        && PlanningConference.Regions.Values.All(r => r.Adult is null || r.Adult > TimeSpan.Zero);
}

/// <summary>
/// How long after a case opens its first planning conference is due: for a child, for an adult, and a region's own
/// times where it sets them (keyed by region code, e.g. <c>BG-05</c>).
/// </summary>
public sealed class PlanningConferenceTimes
{
    public TimeSpan Child { get; set; } = TimeSpan.FromHours(24);
    public TimeSpan Adult { get; set; } = TimeSpan.FromDays(5);
    public Dictionary<string, RegionalConferenceTimes> Regions { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>A region's own times; an absent one is the national time.</summary>
public sealed class RegionalConferenceTimes
{
    public TimeSpan? Child { get; set; }
    public TimeSpan? Adult { get; set; }
}
