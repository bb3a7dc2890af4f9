using System.Diagnostics.Metrics;
using Justice.Network.Domain.Cooperation;

namespace Justice.Network;

/// <summary>
/// The <c>Justice.Network</c> meter: cooperation cases and referrals moving, as an operator sees them on the dashboard.
/// Measurements carry a region and codes, never a case or a victim.
/// </summary>
public sealed class NetworkMetrics
{
    public const string MeterName = "Justice.Network";
    private readonly Counter<long> _opened;
    private readonly Counter<long> _closed;
    private readonly Counter<long> _referralsOverdue;
    private readonly Lock _shareLock = new();
    private double? _effectivePercent;

    public NetworkMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _opened = meter.CreateCounter<long>("justice.network.cases.opened", unit: "{case}",
            description: "Cooperation cases opened, by judicial region and source (assessment or manual).");
        _closed = meter.CreateCounter<long>("justice.network.cases.closed", unit: "{case}",
            description: "Cooperation cases closed, by judicial region and whether cooperation was effective.");
        _referralsOverdue = meter.CreateCounter<long>("justice.network.referrals.overdue", unit: "{referral}",
            description: "Referrals that passed their deadline uncompleted, by judicial region.");
        meter.CreateObservableGauge("justice.network.cases.effective_percent", ObserveEffectivePercent, unit: "%",
            description: "Share of closed cooperation cases nationally on which cooperation was effective, as last counted (target 75).");
    }

    public void CaseOpened(string regionCode, string source) =>
        _opened.Add(1, new KeyValuePair<string, object?>("region", regionCode), new KeyValuePair<string, object?>("source", source));

    public void CaseClosed(string regionCode, bool effective) =>
        _closed.Add(1, new KeyValuePair<string, object?>("region", regionCode), new KeyValuePair<string, object?>("effective", effective));

    public void ReferralOverdue(string regionCode) =>
        _referralsOverdue.Add(1, new KeyValuePair<string, object?>("region", regionCode));

    /// <summary>The national counts, as the job that counts them last read them: the gauge reports their share.</summary>
    public void NationalCounted(CaseCounts national)
    {
        lock (_shareLock)
        {
            _effectivePercent = national.EffectivePercent;
        }
    }

    // Nothing until the cases have been counted once: a gauge at 0 would read as "no case effective".
    private IEnumerable<Measurement<double>> ObserveEffectivePercent()
    {
        lock (_shareLock)
        {
            return _effectivePercent is { } percent ? [new Measurement<double>(percent)] : [];
        }
    }
}
