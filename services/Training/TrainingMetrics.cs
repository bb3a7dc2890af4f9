using System.Diagnostics.Metrics;

namespace Justice.Training;

/// <summary>
/// The <c>Justice.Training</c> meter: the programme's training moving, as an operator sees it on the
/// dashboard. Counters carry profession and region, never a person.
/// </summary>
public sealed class TrainingMetrics
{
    public const string MeterName = "Justice.Training";
    private readonly Counter<long> _registered;

    public TrainingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _registered = meter.CreateCounter<long>("justice.training.practitioners.registered", unit: "{practitioner}",
            description: "Practitioners registered for training.");
    }

    public void PractitionerRegistered(string profession, string regionCode) =>
        _registered.Add(1, new KeyValuePair<string, object?>("profession", profession), new KeyValuePair<string, object?>("region", regionCode));
}
