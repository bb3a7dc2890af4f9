using System.ComponentModel.DataAnnotations;

namespace Justice.Assessment;

/// <summary>The service's settings, from the configuration section <c>Assessment</c>.</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    /// <summary>Days from the first contact within which an assessment is to be completed; later, it is overdue.</summary>
    [Range(1, 365)]
    public int DeadlineDays { get; set; } = 7;
}
