using System.Globalization;
using Justice.Monitoring.V1;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Justice.Dashboard;

/// <summary>The tables on screen: the national indicators, then the chosen region's, then how fresh they are.</summary>
public sealed class DashboardView(Texts texts, string? region)
{
    /// <summary>Cells of the progress bar at 100 % of the target.</summary>
    public const int BarWidth = 20;

    public IRenderable Render(DashboardState state, bool live)
    {
        var parts = new List<IRenderable>();
        if (state.National is { } national)
        {
            parts.Add(Table(national));
        }
        if (region is not null && state.Scope(region) is { } regional)
        {
            parts.Add(Table(regional));
        }
        if (state.ReconnectingIn is { } wait)
        {
            parts.Add(new Markup($"[yellow]{Markup.Escape(texts.Reconnecting(wait))}[/]"));
        }
        else if (live && state.LastHeard is { } heard)
        {
            parts.Add(new Markup($"[grey]{Markup.Escape(texts.Live(heard))}[/]"));
        }
        return new Rows(parts);
    }

    public Table Table(IndicatorSet set)
    {
        var title = set.RegionCode.Length == 0 ? set.Name : $"{set.Name} ({set.RegionCode})";
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(title)}[/]")
            .AddColumn(texts.Indicator)
            .AddColumn(new TableColumn(texts.Value).RightAligned())
            .AddColumn(new TableColumn(texts.Target).RightAligned())
            .AddColumn(new TableColumn(texts.PercentOfTarget).RightAligned())
            .AddColumn(texts.Progress);
        if (set.AsOf is { } asOf)
        {
            table.Caption($"[grey]{Markup.Escape(texts.AsOf(asOf.ToDateTimeOffset()))}[/]");
        }
        foreach (var indicator in set.Indicators)
        {
            table.AddRow(
                new Text(indicator.Name),
                new Text(Amount(indicator, indicator.Value)),
                new Text(Amount(indicator, indicator.Target)),
                new Text(indicator.PercentOfTarget.ToString("0.0", texts.Culture) + " %"),
                Bar(indicator.PercentOfTarget));
        }
        return table;
    }

    private string Amount(Indicator indicator, double value) => indicator.Unit == "percent"
        ? value.ToString("0.0", texts.Culture) + " %"
        : value.ToString("#,0", texts.Culture);

    /// <summary>A bar filled to the share of the target reached (full at or past it), green when reached.</summary>
    public static Markup Bar(double percentOfTarget)
    {
        var filled = (int)Math.Round(Math.Clamp(percentOfTarget, 0, 100) / 100 * BarWidth, MidpointRounding.AwayFromZero);
        var colour = percentOfTarget >= 100 ? "green" : percentOfTarget >= 50 ? "yellow" : "red";
        return new Markup(string.Create(CultureInfo.InvariantCulture,
            $"[{colour}]{new string('█', filled)}[/][grey]{new string('░', BarWidth - filled)}[/]"));
    }
}
