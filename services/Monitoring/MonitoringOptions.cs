using System.ComponentModel.DataAnnotations;

namespace Justice.Monitoring;

/// <summary>Settings of the read model (section <c>Monitoring</c>).</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>Days from the first contact within which an assessment is due: Assessment's own rule (7 by default).</summary>
    [Range(1, 365)]
    public int AssessmentDeadlineDays { get; set; } = 7;

    /// <summary>
    /// How often the counts' version is looked at when no change was heard (a missed notice is then read within this
    /// time); 30 s by default.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SafetyInterval { get; set; } = TimeSpan.FromSeconds(30);
}
