using Grpc.Core;
using Grpc.Net.Client;
using Justice.Network.V1;

namespace Justice.Network.Tests.Cooperation;

/// <summary><c>CooperationDirectory</c> over real gRPC through the test server: teams, figures, and who may call.</summary>
public sealed class CooperationDirectoryTests(NetworkHost host) : IClassFixture<NetworkHost>, IDisposable
{
    private static readonly DateTimeOffset FormedAt = new(2026, 2, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(host.Factory.Server.BaseAddress,
        new GrpcChannelOptions { HttpHandler = host.Factory.Server.CreateHandler() });

    private CooperationDirectory.CooperationDirectoryClient Directory => new(_channel);

    [Fact]
    public async Task GetTeam_tells_a_formed_teams_members_trained_members_and_institution_types()
    {
        await host.AddTeamAsync("BG-03", FormedAt,
            ("police", true), ("police", true), ("prosecutor-office", true), ("child-protection", false), ("social-service", true), ("court", true));

        var team = await Directory.GetTeamAsync(new GetTeamRequest { RegionCode = "bg-03" }, await host.DashboardHeadersAsync());

        Assert.Equal("BG-03", team.RegionCode);
        Assert.True(team.Exists);
        Assert.True(team.Formed);
        Assert.Equal(FormedAt, team.FormedAt.ToDateTimeOffset());
        Assert.Equal(6, team.Members);
        Assert.Equal(5, team.TrainedMembers);
        Assert.Equal(["child-protection", "court", "police", "prosecutor-office", "social-service"], team.InstitutionTypes);
    }

    [Fact]
    public async Task GetTeam_of_a_team_not_formed_has_no_formation_time()
    {
        await host.AddTeamAsync("BG-04", null, ("police", false));

        var team = await Directory.GetTeamAsync(new GetTeamRequest { RegionCode = "BG-04" }, await host.DashboardHeadersAsync());

        Assert.True(team.Exists);
        Assert.False(team.Formed);
        Assert.Null(team.FormedAt);
        Assert.Equal(1, team.Members);
        Assert.Equal(0, team.TrainedMembers);
    }

    [Fact]
    public async Task GetTeam_of_a_region_without_a_team_does_not_exist()
    {
        var team = await Directory.GetTeamAsync(new GetTeamRequest { RegionCode = "BG-28" }, await host.DashboardHeadersAsync());

        Assert.Equal("BG-28", team.RegionCode);
        Assert.False(team.Exists);
        Assert.False(team.Formed);
        Assert.Equal(0, team.Members);
        Assert.Empty(team.InstitutionTypes);
    }

    [Theory]
    [InlineData("", StatusCode.InvalidArgument)]
    [InlineData("Sofia", StatusCode.InvalidArgument)]
    [InlineData("BG-5", StatusCode.InvalidArgument)]
    [InlineData("BG-29", StatusCode.NotFound)]
    public async Task GetTeam_refuses_a_code_that_names_no_region(string code, StatusCode status)
    {
        var headers = await host.DashboardHeadersAsync();
        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await Directory.GetTeamAsync(new GetTeamRequest { RegionCode = code }, headers));

        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task GetCaseFigures_of_a_region_with_one_effective_case_of_two_closed_is_50_percent()
    {
        await host.AddCasesAsync("BG-09", open: 2, effective: 1, ineffective: 1);

        var figures = await Directory.GetCaseFiguresAsync(new GetCaseFiguresRequest { RegionCode = "BG-09" }, await host.DashboardHeadersAsync());

        var region = Assert.Single(figures.Regions);
        Assert.Equal("BG-09", region.RegionCode);
        Assert.Equal(2, region.Open);
        Assert.Equal(2, region.Closed);
        Assert.Equal(1, region.Effective);
        Assert.Equal(50.0, region.EffectivePercent);
        Assert.Equal(75.0, figures.TargetPercent);
    }

    [Fact]
    public async Task GetCaseFigures_lists_all_28_regions_in_order_and_the_national_totals()
    {
        await host.AddCasesAsync("BG-10", open: 1, effective: 2, ineffective: 1);

        var figures = await Directory.GetCaseFiguresAsync(new GetCaseFiguresRequest(), await host.DashboardHeadersAsync());

        Assert.Equal(Enumerable.Range(1, 28).Select(n => $"BG-{n:00}"), figures.Regions.Select(r => r.RegionCode));
        var region = figures.Regions.Single(r => r.RegionCode == "BG-10");
        Assert.Equal(66.7, region.EffectivePercent);
        Assert.Equal("", figures.National.RegionCode);
        Assert.Equal(figures.Regions.Sum(r => r.Open), figures.National.Open);
        Assert.Equal(figures.Regions.Sum(r => r.Closed), figures.National.Closed);
        Assert.Equal(figures.Regions.Sum(r => r.Effective), figures.National.Effective);
        Assert.Equal(0.0, figures.Regions.Single(r => r.RegionCode == "BG-27").EffectivePercent);
    }

    [Theory]
    [InlineData("BG-5", StatusCode.InvalidArgument)]
    [InlineData("BG-30", StatusCode.NotFound)]
    public async Task GetCaseFigures_refuses_a_code_that_names_no_region(string code, StatusCode status)
    {
        var headers = await host.DashboardHeadersAsync();
        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await Directory.GetCaseFiguresAsync(new GetCaseFiguresRequest { RegionCode = code }, headers));

        Assert.Equal(status, error.StatusCode);
    }

    [Theory]
    [InlineData("national-admin", null)]
    [InlineData("evaluator", null)]
    public async Task National_admins_and_evaluators_may_call(string role, string? region)
    {
        var headers = await HeadersAsync(role, region);

        var figures = await Directory.GetCaseFiguresAsync(new GetCaseFiguresRequest(), headers);
        var team = await Directory.GetTeamAsync(new GetTeamRequest { RegionCode = "BG-01" }, headers);

        Assert.Equal(28, figures.Regions.Count);
        Assert.Equal("BG-01", team.RegionCode);
    }

    [Theory]
    [InlineData("regional-coordinator", "BG-09")]
    [InlineData("practitioner", "BG-09")]
    [InlineData("trainer", "BG-09")]
    [InlineData("publicity-editor", null)]
    public async Task Other_roles_are_denied(string role, string? region)
    {
        var headers = await HeadersAsync(role, region);

        var figures = await Assert.ThrowsAsync<RpcException>(
            async () => await Directory.GetCaseFiguresAsync(new GetCaseFiguresRequest { RegionCode = "BG-09" }, headers));
        var team = await Assert.ThrowsAsync<RpcException>(
            async () => await Directory.GetTeamAsync(new GetTeamRequest { RegionCode = "BG-09" }, headers));

        Assert.Equal(StatusCode.PermissionDenied, figures.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, team.StatusCode);
    }

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Directory.GetCaseFiguresAsync(new GetCaseFiguresRequest()));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    private async Task<Metadata> HeadersAsync(string role, string? region) =>
        new() { { "Authorization", $"Bearer {await host.Identity.UserTokenAsync(role, region)}" } };

    public void Dispose() => _channel.Dispose();
}
