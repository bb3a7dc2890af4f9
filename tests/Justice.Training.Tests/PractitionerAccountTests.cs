using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;
using Npgsql;

namespace Justice.Training.Tests;

/// <summary>
/// A practitioner record links only to a practitioner's account of its own region, and its organisers can correct
/// the record and undo the link; every change is audited, and another region's record stays out of reach.
/// </summary>
public sealed class PractitionerAccountTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private const string Region = "BG-11";
    private const string OtherRegion = "BG-12";

    [Theory]
    [InlineData("practitioner", OtherRegion)]
    [InlineData("trainer", Region)]
    [InlineData("regional-coordinator", Region)]
    public async Task A_record_is_not_linked_to_an_account_that_is_not_a_practitioner_of_its_region(string role, string region)
    {
        var coordinator = await CoordinatorAsync(Region);
        var account = Jwt.Subject(await host.Identity.UserTokenAsync(role, region));

        using var response = await RegisterAsync(coordinator, "Калина Петкова", account);

        await Problem.AssertFieldsAsync(response, "userId");
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>($"select count(*) from practitioners where user_id = '{account}'"));
    }

    [Fact]
    public async Task A_national_admin_links_only_a_practitioner_of_the_records_region_and_an_unknown_id_is_refused()
    {
        var admin = host.CreateClient();
        var otherRegions = Jwt.Subject(await host.Identity.UserTokenAsync("practitioner", OtherRegion));

        using var otherRegion = await RegisterAsync(admin, "Стефан Русев", otherRegions);
        using var unknown = await RegisterAsync(admin, "Стефан Русев", Guid.NewGuid().ToString());

        await Problem.AssertFieldsAsync(otherRegion, "userId");
        await Problem.AssertFieldsAsync(unknown, "userId");
    }

    [Fact]
    public async Task A_coordinator_links_corrects_and_unlinks_their_regions_record_and_each_change_is_audited()
    {
        var coordinator = await CoordinatorAsync(Region);
        var account = Jwt.Subject(await host.Identity.UserTokenAsync("practitioner", Region));
        var id = await Sessions.RegisterPractitionerAsync(host.CreateClient(), Region, "Гергана Илиева");

        using var linked = await coordinator.PutAsJsonAsync($"/api/training/practitioners/{id}/account", new { userId = account });
        using var corrected = await coordinator.PutAsJsonAsync($"/api/training/practitioners/{id}",
            new { fullName = "Гергана Илиева-Стоева", institution = "Районен съд – Монтана", language = "en" });
        var afterCorrection = await coordinator.GetFromJsonAsync<JsonElement>($"/api/training/practitioners/{id}");
        using var unlinked = await coordinator.DeleteAsync($"/api/training/practitioners/{id}/account");
        var afterUnlink = await coordinator.GetFromJsonAsync<JsonElement>($"/api/training/practitioners/{id}");

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(account, afterCorrection.GetProperty("userId").GetString());
        Assert.Equal("Гергана Илиева-Стоева", afterCorrection.GetProperty("fullName").GetString());
        Assert.Equal("Районен съд – Монтана", afterCorrection.GetProperty("institution").GetString());
        Assert.Equal("en", afterCorrection.GetProperty("language").GetString());
        Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        Assert.Equal(JsonValueKind.Null, afterUnlink.GetProperty("userId").ValueKind);
        foreach (var action in new[] { "practitioner-link", "practitioner-update", "practitioner-unlink" })
        {
            Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where action = '{action}' and subject = '{id}' and outcome = 'done'"));
        }
    }

    [Fact]
    public async Task An_account_already_linked_to_another_record_is_refused()
    {
        var admin = host.CreateClient();
        var account = Jwt.Subject(await host.Identity.UserTokenAsync("practitioner", Region));
        await Sessions.RegisterPractitionerAsync(admin, Region, "Десислава Колева", userId: account);
        var second = await Sessions.RegisterPractitionerAsync(admin, Region, "Десислава Колева");

        using var response = await admin.PutAsJsonAsync($"/api/training/practitioners/{second}/account", new { userId = account });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Of_two_records_linked_to_one_account_at_once_the_second_answers_409()
    {
        var admin = host.CreateClient();
        var account = Jwt.Subject(await host.Identity.UserTokenAsync("practitioner", Region));
        var first = await Sessions.RegisterPractitionerAsync(admin, Region, "Светла Маринова");
        var second = await Sessions.RegisterPractitionerAsync(admin, Region, "Светла Маринова");

        // The race made certain: the first link is written but not committed while the request checks and writes the second.
        await using var other = new NpgsqlConnection(host.TrainingDatabase.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var link = new NpgsqlCommand($"update practitioners set user_id = '{account}' where id = '{first}'", other, transaction))
        {
            await link.ExecuteNonQueryAsync();
        }
        var linking = admin.PutAsJsonAsync($"/api/training/practitioners/{second}/account", new { userId = account });
        Assert.Equal(1L, await Eventually.Within(TimeSpan.FromSeconds(20), () => host.TrainingDatabase.ScalarAsync<long>(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"), n => n == 1));
        await transaction.CommitAsync();
        using var response = await linking;

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>($"select count(*) from practitioners where user_id = '{account}'"));
    }

    [Fact]
    public async Task Another_regions_coordinator_can_neither_change_nor_unlink_a_record()
    {
        var account = Jwt.Subject(await host.Identity.UserTokenAsync("practitioner", Region));
        var id = await Sessions.RegisterPractitionerAsync(host.CreateClient(), Region, "Пламен Тодоров", userId: account);
        var stranger = await CoordinatorAsync(OtherRegion);

        using var update = await stranger.PutAsJsonAsync($"/api/training/practitioners/{id}",
            new { fullName = "Някой Друг", institution = "Друга институция" });
        using var unlink = await stranger.DeleteAsync($"/api/training/practitioners/{id}/account");
        var record = await host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/training/practitioners/{id}");

        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unlink.StatusCode);
        Assert.Equal("Пламен Тодоров", record.GetProperty("fullName").GetString());
        Assert.Equal(account, record.GetProperty("userId").GetString());
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'practitioner-unlink' and subject = '{id}' and outcome = 'refused'"));
    }

    private async Task<HttpClient> CoordinatorAsync(string region) =>
        host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", region));

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string fullName, string userId) =>
        client.PostAsJsonAsync("/api/training/practitioners",
            new { fullName, profession = "judge", institution = "Окръжен съд – Монтана", regionCode = Region, userId });
}
