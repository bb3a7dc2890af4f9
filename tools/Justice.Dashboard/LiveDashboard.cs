using Spectre.Console;

namespace Justice.Dashboard;

/// <summary>
/// The tables kept up to date from <c>WatchIndicators</c> in Spectre's live display. A failure before the first update
/// ends the run (the address or secret is wrong); after it, a broken stream is reopened with <see cref="Backoff"/>, the
/// current state coming first again, while the last figures stay on screen marked "reconnecting…".
/// </summary>
public sealed class LiveDashboard(IndicatorFeed feed, TokenClient tokens, DashboardState state, DashboardView view,
    IAnsiConsole console, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new Backoff();
        var connected = false;
        var freshToken = false;
        await console.Live(view.Render(state, live: true)).AutoClear(false).StartAsync(async context =>
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await foreach (var update in feed.WatchAsync(cancellationToken))
                    {
                        state.Apply(update, time.GetUtcNow());
                        connected = true;
                        freshToken = false;
                        backoff.Connected();
                        context.UpdateTarget(view.Render(state, live: true));
                    }
                }
                catch (DashboardException failure) when (connected && !cancellationToken.IsCancellationRequested && Retry(failure))
                {
                    var wait = backoff.Failed();
                    state.Reconnecting(wait);
                    context.UpdateTarget(view.Render(state, live: true));
                    await Task.Delay(wait, time, cancellationToken);
                }
            }
        });
        return ExitCodes.Ok;

        // An unreachable server may come back; a refused token may only have expired early, so one fresh token is tried.
        bool Retry(DashboardException failure)
        {
            if (failure.IsTransient)
            {
                return true;
            }
            if (failure.Kind == FailureKind.Denied && !freshToken)
            {
                tokens.Forget();
                freshToken = true;
                return true;
            }
            return false;
        }
    }
}
