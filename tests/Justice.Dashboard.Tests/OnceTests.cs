using Justice.Identity;
using Justice.Testing;

namespace Justice.Dashboard.Tests;

/// <summary><c>justice-dashboard --once</c> against the real identity and Monitoring services, and what it says when it cannot.</summary>
public sealed class OnceTests(DashboardSystem system) : IClassFixture<DashboardSystem>
{
    private const string Gateway = "http://gateway.test";
    private const string Grpc = "http://gateway.test:8081";

    [Fact]
    public async Task Once_prints_the_national_table_and_the_chosen_region_and_exits_0()
    {
        var run = await Run.OfAsync(system.Connections(), "--once", "--language", "en", "--region", "bg-05",
            "--gateway", Gateway, "--grpc", Grpc, "--secret", system.Identity.Settings.DashboardSecret);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Errors);
        Assert.Contains("Bulgaria", run.Output, StringComparison.Ordinal);
        Assert.Contains("(BG-05)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Territorial teams formed", run.Output, StringComparison.Ordinal);
        Assert.Contains("% of target", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(run.Output, "Territorial teams formed"));
    }

    [Fact]
    public async Task Once_speaks_bulgarian_by_default()
    {
        var run = await Run.OfAsync(system.Connections(), "--once", "--gateway", Gateway, "--grpc", Grpc,
            "--secret", system.Identity.Settings.DashboardSecret);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("България", run.Output, StringComparison.Ordinal);
        Assert.Contains("Показател", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_is_told_in_one_line_with_exit_code_4()
    {
        var run = await Run.OfAsync(system.Connections(), "--once", "--language", "en", "--gateway", Gateway, "--grpc", Grpc,
            "--secret", "not-the-secret");

        Assert.Equal(ExitCodes.SecretRefused, run.ExitCode);
        Assert.Equal("The gateway refused client national-dashboard: the secret is wrong.", run.Errors);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task A_token_the_service_does_not_trust_is_denied_with_exit_code_5()
    {
        // Another identity server signs with keys of its own, which Monitoring has never seen.
        await using var stranger = new IdentityServer<IdentityProgram>();
        var connections = new DashboardConnections(stranger.Factory.Server.CreateHandler(), system.Monitoring.Server.CreateHandler());

        var run = await Run.OfAsync(connections, "--once", "--language", "en", "--gateway", Gateway, "--grpc", Grpc,
            "--secret", stranger.Settings.DashboardSecret);

        Assert.Equal(ExitCodes.Denied, run.ExitCode);
        Assert.Equal("Access denied: client national-dashboard may not read the national indicators.", run.Errors);
    }

    [Fact]
    public async Task A_closed_port_for_the_token_endpoint_is_told_as_unreachable_with_exit_code_3()
    {
        var closed = $"http://127.0.0.1:{FreePorts.Next()}";

        var run = await Run.OfAsync(new DashboardConnections(), "--once", "--language", "en", "--gateway", closed,
            "--grpc", closed, "--secret", "any");

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Equal($"Cannot reach {closed}: is the system running (./eng/run.sh)?", run.Errors);
    }

    [Fact]
    public async Task A_closed_grpc_port_after_signing_in_is_told_as_unreachable_with_exit_code_3()
    {
        var closed = $"http://127.0.0.1:{FreePorts.Next()}";
        var connections = new DashboardConnections(system.Identity.Factory.Server.CreateHandler());

        var run = await Run.OfAsync(connections, "--once", "--language", "fr", "--gateway", Gateway, "--grpc", closed,
            "--secret", system.Identity.Settings.DashboardSecret);

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Equal($"Impossible de joindre {closed} : le système est-il lancé (./eng/run.sh) ?", run.Errors);
    }

    [Fact]
    public async Task A_missing_secret_file_is_a_usage_error_with_exit_code_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-secret-{Guid.NewGuid():N}");

        var run = await Run.OfAsync(system.Connections(), "--once", "--secret-file", missing);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(missing, run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secret_is_read_from_the_file_the_apphost_writes()
    {
        var file = Path.Combine(Path.GetTempPath(), $"national-dashboard-{Guid.NewGuid():N}.secret");
        await File.WriteAllTextAsync(file, system.Identity.Settings.DashboardSecret + "\n");
        try
        {
            var run = await Run.OfAsync(system.Connections(), "--once", "--gateway", Gateway, "--grpc", Grpc, "--secret-file", file);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
