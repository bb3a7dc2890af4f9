using System.Diagnostics.Metrics;
using Justice.Training.Domain.Sessions;

namespace Justice.Training;

/// <summary>
/// The <c>Justice.Training</c> meter: the programme's training moving, as an operator sees it on the
/// dashboard. Counters carry profession and region, never a person.
/// </summary>
public sealed class TrainingMetrics
{
    public const string MeterName = "Justice.Training";
    private readonly Counter<long> _registered;
    private readonly Counter<long> _enrolments;
    private readonly Counter<long> _completions;
    private readonly Counter<long> _certificates;

    public TrainingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _registered = meter.CreateCounter<long>("justice.training.practitioners.registered", unit: "{practitioner}",
            description: "Practitioners registered for training.");
        _enrolments = meter.CreateCounter<long>("justice.training.enrolments", unit: "{enrolment}",
            description: "Enrolments in training sessions, with whether they got a place or joined the waiting list.");
        _completions = meter.CreateCounter<long>("justice.training.completions", unit: "{participant}",
            description: "Participants who completed a training session.");
        _certificates = meter.CreateCounter<long>("justice.training.certificates.issued", unit: "{certificate}",
            description: "Training certificates issued.");
    }

    public void Enrolled(TrainingSession session, EnrolmentStatus status) =>
        _enrolments.Add(1, Kind(session), Region(session),
            new KeyValuePair<string, object?>("status", status == EnrolmentStatus.Waiting ? "waiting" : "enrolled"));

    /// <summary>Counts a completed session's completers and the certificates they were issued.</summary>
    public void SessionCompleted(TrainingSession session)
    {
        var completers = session.Participants.Count(p => p.Completed == true);
        _completions.Add(completers, Kind(session), Region(session));
        _certificates.Add(completers, Kind(session), Region(session));
    }

    private static KeyValuePair<string, object?> Kind(TrainingSession session) =>
        new("kind", session.Kind == SessionKind.National ? "national" : "regional");

    private static KeyValuePair<string, object?> Region(TrainingSession session) => new("region", session.RegionCode ?? "national");

    public void PractitionerRegistered(string profession, string regionCode) =>
        _registered.Add(1, new KeyValuePair<string, object?>("profession", profession), new KeyValuePair<string, object?>("region", regionCode));
}
