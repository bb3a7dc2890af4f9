using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Justice.Testing;
using Justice.Training.V1;

namespace Justice.Training.Tests;

/// <summary>gRPC TrainingDirectory and Network's roster after a completed session (two trained, one dropout).</summary>
public sealed class TrainingDirectoryTests(CompletedSessionHost host) : IClassFixture<CompletedSessionHost>
{
    [Fact]
    public async Task Figures_count_the_trained_by_region_and_profession()
    {
        var (directory, headers) = host.Directory(host.AdminToken);

        var figures = await directory.GetTrainingFiguresAsync(new GetTrainingFiguresRequest { RegionCode = CompletedSessionHost.Region }, headers);

        var region = Assert.Single(figures.Regions);
        Assert.Equal(2, region.PractitionersTrained);
        Assert.Equal(3, region.PractitionersRegistered);
        Assert.Equal(1, region.SessionsCompleted);
        Assert.Equal(["judge", "lawyer"], region.TrainedByProfession.Select(p => p.Profession));
        Assert.Equal(2, figures.CertificatesValid);
    }

    [Fact]
    public async Task A_region_without_any_training_has_its_row_of_zeros()
    {
        var (directory, headers) = host.Directory(host.AdminToken);

        var figures = await directory.GetTrainingFiguresAsync(new GetTrainingFiguresRequest { RegionCode = "BG-28" }, headers);

        var region = Assert.Single(figures.Regions);
        Assert.Equal("BG-28", region.RegionCode);
        Assert.Equal(0, region.PractitionersTrained);
        Assert.Equal(0, figures.PractitionersTrained);
    }

    [Fact]
    public async Task Whether_a_practitioner_is_trained()
    {
        var (directory, headers) = host.Directory(host.AdminToken);

        var trained = await directory.IsPractitionerTrainedAsync(new IsPractitionerTrainedRequest { PractitionerId = host.Holder.ToString() }, headers);
        var dropout = await directory.IsPractitionerTrainedAsync(new IsPractitionerTrainedRequest { PractitionerId = host.Dropout.ToString() }, headers);
        var malformed = await Assert.ThrowsAsync<RpcException>(async () =>
            await directory.IsPractitionerTrainedAsync(new IsPractitionerTrainedRequest { PractitionerId = "x" }, headers));
        var unknown = await Assert.ThrowsAsync<RpcException>(async () =>
            await directory.IsPractitionerTrainedAsync(new IsPractitionerTrainedRequest { PractitionerId = Guid.NewGuid().ToString() }, headers));

        Assert.True(trained.Trained);
        Assert.Equal(1, trained.ValidCertificates);
        Assert.False(dropout.Trained);
        Assert.Equal("", dropout.CompletedOn);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_practitioner_learns_whether_their_own_account_is_trained_and_nobody_elses()
    {
        var (own, ownHeaders) = host.Directory(host.HolderToken);
        var stranger = await host.Identity.UserTokenAsync("practitioner", CompletedSessionHost.Region);
        var (other, otherHeaders) = host.Directory(stranger);

        var holder = await own.IsAccountTrainedAsync(new IsAccountTrainedRequest { AccountId = Jwt.Subject(host.HolderToken) }, ownHeaders);
        var unlinked = await other.IsAccountTrainedAsync(new IsAccountTrainedRequest { AccountId = Jwt.Subject(stranger) }, otherHeaders);
        var prying = await Assert.ThrowsAsync<RpcException>(async () =>
            await other.IsAccountTrainedAsync(new IsAccountTrainedRequest { AccountId = Jwt.Subject(host.HolderToken) }, otherHeaders));
        var listing = await Assert.ThrowsAsync<RpcException>(async () =>
            await own.ListTrainedPractitionersAsync(new ListTrainedPractitionersRequest(), ownHeaders));

        Assert.True(holder.Trained);
        Assert.Equal(host.Holder.ToString(), holder.PractitionerId);
        Assert.Equal(CompletedSessionHost.Region, holder.RegionCode);
        Assert.False(unlinked.Trained);
        Assert.Equal("", unlinked.PractitionerId);
        Assert.Equal(StatusCode.PermissionDenied, prying.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, listing.StatusCode);
    }

    [Fact]
    public async Task The_list_pages_and_filters_and_names_nobody()
    {
        var (directory, headers) = host.Directory(host.AdminToken);

        var first = await directory.ListTrainedPractitionersAsync(new ListTrainedPractitionersRequest { RegionCode = CompletedSessionHost.Region, PageSize = 1 }, headers);
        var second = await directory.ListTrainedPractitionersAsync(new ListTrainedPractitionersRequest
        {
            RegionCode = CompletedSessionHost.Region, PageSize = 1, PageToken = first.NextPageToken,
        }, headers);
        var judges = await directory.ListTrainedPractitionersAsync(new ListTrainedPractitionersRequest { Profession = "judge" }, headers);

        Assert.Equal(2, first.Total);
        Assert.NotEqual("", first.NextPageToken);
        Assert.Equal("", second.NextPageToken);
        Assert.Equal(
            new[] { host.Holder, host.OtherCompleter }.Order(),
            first.Practitioners.Concat(second.Practitioners).Select(p => Guid.Parse(p.PractitionerId)).Order());
        Assert.Equal(host.Holder.ToString(), Assert.Single(judges.Practitioners).PractitionerId);
        Assert.DoesNotContain("Цветелина", first.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluator", null, "list", StatusCode.PermissionDenied)]
    [InlineData("evaluator", null, "figures", StatusCode.OK)]
    [InlineData("evaluator", null, "is-trained", StatusCode.PermissionDenied)]
    [InlineData("regional-coordinator", "BG-07", "figures", StatusCode.OK)]
    [InlineData("regional-coordinator", "BG-08", "figures", StatusCode.PermissionDenied)]
    [InlineData("regional-coordinator", "BG-08", "is-trained", StatusCode.NotFound)]
    [InlineData("practitioner", "BG-07", "figures", StatusCode.PermissionDenied)]
    [InlineData("practitioner", "BG-07", "is-trained", StatusCode.PermissionDenied)]
    [InlineData("trainer", "BG-07", "account", StatusCode.PermissionDenied)]
    [InlineData("evaluator", null, "account", StatusCode.PermissionDenied)]
    [InlineData("regional-coordinator", "BG-08", "account", StatusCode.OK)]
    [InlineData("trainer", "BG-07", "list", StatusCode.PermissionDenied)]
    [InlineData("anonymous", null, "figures", StatusCode.Unauthenticated)]
    public async Task Each_caller_gets_what_it_may(string role, string? region, string call, StatusCode expected)
    {
        var token = role == "anonymous" ? "" : await host.Identity.UserTokenAsync(role, region);
        var (directory, headers) = host.Directory(token);
        if (role == "anonymous")
        {
            headers = [];
        }

        var status = StatusCode.OK;
        try
        {
            _ = call switch
            {
                "list" => (object)await directory.ListTrainedPractitionersAsync(new ListTrainedPractitionersRequest(), headers),
                "figures" => await directory.GetTrainingFiguresAsync(new GetTrainingFiguresRequest { RegionCode = "BG-07" }, headers),
                "account" => await directory.IsAccountTrainedAsync(new IsAccountTrainedRequest { AccountId = Jwt.Subject(host.HolderToken) }, headers),
                _ => await directory.IsPractitionerTrainedAsync(new IsPractitionerTrainedRequest { PractitionerId = host.Holder.ToString() }, headers),
            };
        }
        catch (RpcException ex)
        {
            status = ex.StatusCode;
        }

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task An_evaluator_asking_whether_one_person_is_trained_is_refused_and_audited()
    {
        var token = await host.Identity.UserTokenAsync("evaluator", null);
        var (directory, headers) = host.Directory(token);

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await directory.IsPractitionerTrainedAsync(
            new IsPractitionerTrainedRequest { PractitionerId = host.Holder.ToString() }, headers));

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where actor = '{Jwt.Subject(token)}' and action = 'practitioner-trained-read' and outcome = 'refused'"));
    }

    [Fact]
    public async Task Networks_roster_counts_the_trained_members()
    {
        var network = host.CreateNetworkClient();

        var roster = await Eventually.Within(TimeSpan.FromSeconds(20),
            () => network.GetFromJsonAsync<JsonElement>($"/api/network/regions/{CompletedSessionHost.Region}/roster"),
            r => r.GetProperty("trained").GetInt32() == 2);

        Assert.Equal(2, roster.GetProperty("trained").GetInt32());

        Assert.Equal(3, roster.GetProperty("total").GetInt32());
        var judges = roster.GetProperty("byProfession").EnumerateArray().Single(p => p.GetProperty("profession").GetString() == "judge");
        Assert.Equal(1, judges.GetProperty("trained").GetInt32());
    }
}
