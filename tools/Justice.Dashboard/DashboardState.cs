using Justice.Monitoring.V1;

namespace Justice.Dashboard;

/// <summary>
/// The indicators shown, per scope (<c>""</c> nationally, else a region's code), as the stream has told them: the
/// initial update replaces everything, later ones replace the indicators they name, a keepalive only shows life.
/// </summary>
public sealed class DashboardState
{
    private readonly Dictionary<string, IndicatorSet> _scopes = new(StringComparer.Ordinal);

    /// <summary>The national figures, once the first update has come.</summary>
    public IndicatorSet? National => Scope("");

    /// <summary>When the server was last heard from (any update, keepalives too).</summary>
    public DateTimeOffset? LastHeard { get; private set; }

    /// <summary>While the stream is down: how long until the next try.</summary>
    public TimeSpan? ReconnectingIn { get; private set; }

    public IndicatorSet? Scope(string regionCode) => _scopes.GetValueOrDefault(regionCode);

    public void Apply(IndicatorUpdate update, DateTimeOffset now)
    {
        LastHeard = now;
        ReconnectingIn = null;
        if (update.Initial)
        {
            _scopes.Clear();
        }
        foreach (var set in update.Sets)
        {
            if (update.Initial || !_scopes.TryGetValue(set.RegionCode, out var known))
            {
                _scopes[set.RegionCode] = set.Clone();
                continue;
            }
            known.Name = set.Name;
            known.AsOf = set.AsOf;
            foreach (var indicator in set.Indicators)
            {
                var at = IndexOf(known, indicator.Code);
                if (at < 0)
                {
                    known.Indicators.Add(indicator.Clone());
                }
                else
                {
                    known.Indicators[at] = indicator.Clone();
                }
            }
        }
    }

    /// <summary>The stream broke: the figures stay on screen, marked as waiting for the next try.</summary>
    public void Reconnecting(TimeSpan wait) => ReconnectingIn = wait;

    private static int IndexOf(IndicatorSet set, string code)
    {
        for (var i = 0; i < set.Indicators.Count; i++)
        {
            if (set.Indicators[i].Code == code)
            {
                return i;
            }
        }
        return -1;
    }
}
