using System.Diagnostics.Metrics;

namespace Justice.Publicity;

/// <summary>
/// The <c>Justice.Publicity</c> meter: public registrations by outcome, participants confirmed, and participants who
/// attended, so an operator sees the programme's public events fill.
/// </summary>
public sealed class PublicityMetrics
{
    public const string MeterName = "Justice.Publicity";
    private readonly Counter<long> _registrations;
    private readonly Counter<long> _confirmed;
    private readonly Counter<long> _attended;

    public PublicityMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _registrations = meter.CreateCounter<long>("justice.publicity.registrations", unit: "{registration}",
            description: "Registrations for public events received, by outcome (pending, renewed, duplicate, refused).");
        _confirmed = meter.CreateCounter<long>("justice.publicity.participants.confirmed", unit: "{participant}",
            description: "Participants who confirmed their registration by the code mailed to them, by seat (confirmed, waitlisted).");
        _attended = meter.CreateCounter<long>("justice.publicity.participants.attended", unit: "{participant}",
            description: "Change in the participants recorded as present at held events.");
    }

    public void Registered(string outcome) => _registrations.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Confirmed(string seat) => _confirmed.Add(1, new KeyValuePair<string, object?>("seat", seat));

    public void Attended(int change) => _attended.Add(change);
}
