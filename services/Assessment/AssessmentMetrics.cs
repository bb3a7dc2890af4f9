using System.Diagnostics.Metrics;

namespace Justice.Assessment;

/// <summary>
/// The <c>Justice.Assessment</c> meter: individual assessments moving, as an operator sees it on the dashboard.
/// Measurements carry a region, an age group and codes, never a victim.
/// </summary>
public sealed class AssessmentMetrics
{
    public const string MeterName = "Justice.Assessment";
    private readonly Counter<long> _completed;
    private readonly Counter<long> _measuresApplied;
    private long _overdue;

    public AssessmentMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _completed = meter.CreateCounter<long>("justice.assessment.assessments.completed", unit: "{assessment}",
            description: "Individual assessments completed, by judicial region and age group.");
        _measuresApplied = meter.CreateCounter<long>("justice.assessment.measures.applied", unit: "{measure}",
            description: "Special measures applied, by judicial region and measure.");
        meter.CreateObservableGauge("justice.assessment.assessments.overdue", () => Interlocked.Read(ref _overdue), unit: "{assessment}",
            description: "Assessments in draft past their deadline, as last counted.");
    }

    public void AssessmentCompleted(string regionCode, string ageGroup) =>
        _completed.Add(1, new KeyValuePair<string, object?>("region", regionCode), new KeyValuePair<string, object?>("age_group", ageGroup));

    public void MeasureApplied(string regionCode, string measure) =>
        _measuresApplied.Add(1, new KeyValuePair<string, object?>("region", regionCode), new KeyValuePair<string, object?>("measure", measure));

    /// <summary>The number of overdue assessments, counted by the job that looks for them.</summary>
    public void OverdueCounted(long overdue) => Interlocked.Exchange(ref _overdue, overdue);
}
