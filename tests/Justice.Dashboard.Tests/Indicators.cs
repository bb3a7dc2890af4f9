using Google.Protobuf.WellKnownTypes;
using Justice.Monitoring.V1;

namespace Justice.Dashboard.Tests;

/// <summary>Messages as the server sends them, for tests of what the tool does with them.</summary>
internal static class Indicators
{
    public static readonly DateTimeOffset Noon = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    public static Indicator Of(string code, double value, double target = 100, string name = "", string unit = "count") => new()
    {
        Code = code,
        Name = name.Length == 0 ? code : name,
        Value = value,
        Target = target,
        PercentOfTarget = target == 0 ? 0 : Math.Round(value / target * 100, 1),
        Unit = unit,
    };

    public static IndicatorSet Set(string region, string name, params Indicator[] indicators)
    {
        var set = new IndicatorSet { RegionCode = region, Name = name, AsOf = Timestamp.FromDateTimeOffset(Noon) };
        set.Indicators.AddRange(indicators);
        return set;
    }

    public static IndicatorUpdate Update(bool initial, params IndicatorSet[] sets)
    {
        var update = new IndicatorUpdate { Initial = initial };
        update.Sets.AddRange(sets);
        return update;
    }
}
