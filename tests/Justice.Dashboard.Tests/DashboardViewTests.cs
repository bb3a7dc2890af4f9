using Spectre.Console.Testing;
using static Justice.Dashboard.Tests.Indicators;

namespace Justice.Dashboard.Tests;

public sealed class DashboardViewTests
{
    private static DashboardState State()
    {
        var state = new DashboardState();
        state.Apply(Update(true,
            Set("", "Bulgaria", Of("practitioners-trained", 1234, 2000, "Practitioners trained"),
                Of("effective-cooperation", 80, 75, "Effective cooperation", "percent")),
            Set("BG-05", "Vidin", Of("teams-formed", 0, 1, "Territorial teams formed"))), Noon);
        return state;
    }

    private static string Render(DashboardState state, string? region, Texts texts, bool live = false)
    {
        var console = new TestConsole().Width(160);
        console.Write(new DashboardView(texts, region).Render(state, live));
        return console.Output;
    }

    [Fact]
    public void The_national_table_shows_names_values_targets_and_shares()
    {
        var output = Render(State(), null, Texts.English);

        Assert.Contains("Bulgaria", output, StringComparison.Ordinal);
        Assert.Contains("Practitioners trained", output, StringComparison.Ordinal);
        Assert.Contains("1,234", output, StringComparison.Ordinal);
        Assert.Contains("2,000", output, StringComparison.Ordinal);
        Assert.Contains("61.7 %", output, StringComparison.Ordinal);
        Assert.Contains("80.0 %", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Vidin", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chosen_region_gets_its_own_table_after_the_national_one()
    {
        var output = Render(State(), "BG-05", Texts.English);

        Assert.True(output.IndexOf("Vidin (BG-05)", StringComparison.Ordinal) > output.IndexOf("Bulgaria", StringComparison.Ordinal));
        Assert.Contains("Territorial teams formed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_and_numbers_are_written_in_the_chosen_language()
    {
        var output = Render(State(), null, Texts.Bulgarian);

        Assert.Contains("Показател", output, StringComparison.Ordinal);
        Assert.Contains("% от целта", output, StringComparison.Ordinal);
        Assert.Contains("61,7 %", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(50, 10)]
    [InlineData(61.7, 12)]
    [InlineData(100, 20)]
    [InlineData(250, 20)]
    public void The_bar_is_filled_to_the_share_of_the_target(double percent, int filled)
    {
        var console = new TestConsole();
        console.Write(DashboardView.Bar(percent));

        Assert.Equal(filled, console.Output.Count(c => c == '█'));
        Assert.Equal(DashboardView.BarWidth - filled, console.Output.Count(c => c == '░'));
    }

    [Fact]
    public void While_reconnecting_the_figures_stay_and_the_wait_is_shown()
    {
        var state = State();
        state.Reconnecting(TimeSpan.FromSeconds(4));

        var output = Render(state, null, Texts.English, live: true);

        Assert.Contains("Practitioners trained", output, StringComparison.Ordinal);
        Assert.Contains("reconnecting… (next try in 4 s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_the_view_says_when_the_server_was_last_heard()
    {
        var output = Render(State(), null, Texts.English, live: true);

        Assert.Contains("Live, last heard", output, StringComparison.Ordinal);
        Assert.Contains("Ctrl+C to quit", output, StringComparison.Ordinal);
    }
}
