using static Justice.Dashboard.Tests.Indicators;

namespace Justice.Dashboard.Tests;

public sealed class DashboardStateTests
{
    [Fact]
    public void The_initial_update_sets_every_scope()
    {
        var state = new DashboardState();

        state.Apply(Update(true, Set("", "Bulgaria", Of("teams-formed", 3), Of("victims-assessed", 10)),
            Set("BG-05", "Vidin", Of("teams-formed", 1))), Noon);

        Assert.Equal([3, 10], state.National!.Indicators.Select(i => i.Value));
        Assert.Equal(1, state.Scope("BG-05")!.Indicators.Single().Value);
        Assert.Equal(Noon, state.LastHeard);
    }

    [Fact]
    public void A_partial_update_replaces_only_the_indicators_it_names_and_keeps_their_order()
    {
        var state = new DashboardState();
        state.Apply(Update(true, Set("", "Bulgaria", Of("teams-formed", 3), Of("victims-assessed", 10)),
            Set("BG-05", "Vidin", Of("teams-formed", 1))), Noon);

        state.Apply(Update(false, Set("", "Bulgaria", Of("victims-assessed", 11))), Noon.AddSeconds(1));

        Assert.Equal(["teams-formed", "victims-assessed"], state.National!.Indicators.Select(i => i.Code));
        Assert.Equal([3, 11], state.National.Indicators.Select(i => i.Value));
        Assert.Equal(1, state.Scope("BG-05")!.Indicators.Single().Value);
    }

    [Fact]
    public void A_keepalive_changes_no_figure_but_shows_the_server_is_alive()
    {
        var state = new DashboardState();
        state.Apply(Update(true, Set("", "Bulgaria", Of("teams-formed", 3))), Noon);
        state.Reconnecting(TimeSpan.FromSeconds(2));

        state.Apply(Update(false), Noon.AddSeconds(5));

        Assert.Equal(3, state.National!.Indicators.Single().Value);
        Assert.Equal(Noon.AddSeconds(5), state.LastHeard);
        Assert.Null(state.ReconnectingIn);
    }

    [Fact]
    public void A_new_initial_update_after_reconnecting_replaces_what_was_shown()
    {
        var state = new DashboardState();
        state.Apply(Update(true, Set("", "Bulgaria", Of("teams-formed", 3)), Set("BG-05", "Vidin", Of("teams-formed", 1))), Noon);

        state.Apply(Update(true, Set("", "Bulgaria", Of("teams-formed", 4))), Noon.AddMinutes(1));

        Assert.Equal(4, state.National!.Indicators.Single().Value);
        Assert.Null(state.Scope("BG-05"));
    }

    [Fact]
    public void The_state_keeps_its_own_copy_of_what_it_was_sent()
    {
        var state = new DashboardState();
        var update = Update(true, Set("", "Bulgaria", Of("teams-formed", 3)));
        state.Apply(update, Noon);

        update.Sets[0].Indicators[0].Value = 99;

        Assert.Equal(3, state.National!.Indicators.Single().Value);
    }

    [Fact]
    public void Backoff_doubles_from_one_second_to_thirty_and_starts_again_once_connected()
    {
        var backoff = new Backoff();

        var waits = Enumerable.Range(0, 7).Select(_ => backoff.Failed().TotalSeconds).ToList();
        backoff.Connected();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], waits);
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Failed());
    }
}
