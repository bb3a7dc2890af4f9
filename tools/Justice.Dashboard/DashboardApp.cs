using Spectre.Console;

namespace Justice.Dashboard;

/// <summary>
/// One run: signs in, shows the tables once (<c>--once</c>) or live until cancelled, and turns every failure into one
/// line on <paramref name="errors"/> and an exit code (<see cref="ExitCodes"/>).
/// </summary>
public sealed class DashboardApp(DashboardOptions options, IAnsiConsole output, IAnsiConsole errors,
    DashboardConnections connections, TimeProvider time)
{
    private readonly Texts _texts = Texts.For(options.Language);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Help)
        {
            output.Profile.Out.Writer.WriteLine(DashboardOptions.Usage); // as written: not wrapped to the console's width
            return ExitCodes.Ok;
        }
        var secret = options.ReadSecret();
        if (secret is null)
        {
            Fail($"No secret: give --secret, {DashboardOptions.SecretVariable} or --secret-file ({options.SecretFile} not found).");
            return ExitCodes.Usage;
        }
        using var http = connections.TokenHttp();
        using var channel = connections.Channel(options.Grpc);
        var tokens = new TokenClient(http, options.Gateway, options.ClientId, secret, time);
        var feed = new IndicatorFeed(DashboardConnections.Client(channel), tokens, options);
        var view = new DashboardView(_texts, options.Region);
        var state = new DashboardState();
        try
        {
            if (options.Once)
            {
                state.Apply(await feed.CurrentAsync(cancellationToken), time.GetUtcNow());
                output.Write(view.Render(state, live: false));
                return ExitCodes.Ok;
            }
            return await new LiveDashboard(feed, tokens, state, view, output, time).RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (DashboardException failure) when (!cancellationToken.IsCancellationRequested)
        {
            Fail(failure.Explain(_texts));
            return failure.ExitCode;
        }
        catch (DashboardException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Ok; // Ctrl+C broke the call under way
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or System.Text.Json.JsonException)
        {
            Fail(_texts.Unexpected(e.Message));
            return ExitCodes.Unexpected;
        }
    }

    private void Fail(string line) => errors.MarkupLine($"[red]{Markup.Escape(line)}[/]");
}
