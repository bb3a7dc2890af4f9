using System.ComponentModel.DataAnnotations;

namespace Justice.Monitoring;

/// <summary>Settings of the read model (section <c>Monitoring</c>).</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>Days from the first contact within which an assessment is due: Assessment's own rule (7 by default).</summary>
    [Range(1, 365)]
    public int AssessmentDeadlineDays { get; set; } = 7;
}
