using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Teams;

/// <summary>What a team change is refused for: bad bodies name their fields, the roster and the region bound who may join, one coordinator.</summary>
public sealed class TeamRequestTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Region = "BG-12";

    [Theory]
    [InlineData("{}", new[] { "institutionId", "role" })]
    [InlineData("""{"institutionId":null,"role":null}""", new[] { "institutionId", "role" })]
    [InlineData("""{"institutionId":"00000000-0000-0000-0000-000000000000","role":"boss"}""", new[] { "institutionId", "role" })]
    [InlineData("""{"institutionId":"not-a-guid","role":"member"}""", new[] { "institutionId" })]
    [InlineData("""{"institutionId":"0195f0c8-0000-7000-8000-000000000001","role":"member","accountId":"  "}""", new[] { "accountId" })]
    [InlineData("""{"institutionId":"0195f0c8-0000-7000-8000-000000000001","role":"member","colour":"red"}""", new[] { "colour" })]
    public async Task A_bad_body_is_refused_naming_each_bad_field(string body, string[] fields)
    {
        var admin = await host.CreateAdminClientAsync();
        var practitioner = await TeamSetup.RosterAsync(host, Region);

        using var response = await admin.PutAsync($"/api/network/regions/{Region}/team/members/{practitioner}", Problem.Json(body));

        await Problem.AssertFieldsAsync(response, fields);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from team_members where practitioner_id = '{practitioner}'"));
    }

    [Fact]
    public async Task An_institution_of_another_region_is_refused_naming_the_field()
    {
        var admin = await host.CreateAdminClientAsync();
        var practitioner = await TeamSetup.RosterAsync(host, Region);
        var elsewhere = await TeamSetup.InstitutionAsync(admin, "BG-13", "police");

        using var response = await TeamSetup.PutMemberAsync(admin, Region, practitioner, elsewhere);

        await Problem.AssertFieldsAsync(response, "institutionId");
    }

    [Fact]
    public async Task A_practitioner_not_on_the_regions_roster_is_not_found()
    {
        var admin = await host.CreateAdminClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var institution = await TeamSetup.InstitutionAsync(admin, Region, "court");
        var ofAnotherRegion = await TeamSetup.RosterAsync(host, "BG-13");

        using var unknown = await TeamSetup.PutMemberAsync(admin, Region, Guid.NewGuid(), institution);
        using var elsewhere = await TeamSetup.PutMemberAsync(admin, Region, ofAnotherRegion, institution);

        foreach (var response in new[] { unknown, elsewhere })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("roster", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from team_members where practitioner_id = '{ofAnotherRegion}'"));
    }

    [Fact]
    public async Task A_team_has_one_coordinator_at_most()
    {
        var admin = await host.CreateAdminClientAsync();
        var institution = await TeamSetup.InstitutionAsync(admin, Region, "social-service");
        var first = await TeamSetup.RosterAsync(host, Region);
        var second = await TeamSetup.RosterAsync(host, Region);
        (await TeamSetup.PutMemberAsync(admin, Region, first, institution, "coordinator")).EnsureSuccessStatusCode();

        using var another = await TeamSetup.PutMemberAsync(admin, Region, second, institution, "coordinator");
        using var again = await TeamSetup.PutMemberAsync(admin, Region, first, institution, "coordinator");

        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
        Assert.Equal("application/problem+json", another.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from team_members where practitioner_id = '{second}'"));

        // Once the first steps down, the second may take over.
        (await TeamSetup.PutMemberAsync(admin, Region, first, institution)).EnsureSuccessStatusCode();
        using var takesOver = await TeamSetup.PutMemberAsync(admin, Region, second, institution, "coordinator");
        Assert.Equal(HttpStatusCode.Created, takesOver.StatusCode);
    }

    [Fact]
    public async Task An_account_belongs_to_one_member()
    {
        var admin = await host.CreateAdminClientAsync();
        var institution = await TeamSetup.InstitutionAsync(admin, Region, "hospital");
        var first = await TeamSetup.RosterAsync(host, Region);
        var second = await TeamSetup.RosterAsync(host, Region);
        const string Account = "0195f0c8-1111-7000-8000-000000000042";
        (await TeamSetup.PutMemberAsync(admin, Region, first, institution, accountId: Account)).EnsureSuccessStatusCode();

        using var response = await TeamSetup.PutMemberAsync(admin, Region, second, institution, accountId: Account);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_put_replaces_the_members_fields_and_a_delete_of_a_non_member_is_not_found()
    {
        var admin = await host.CreateAdminClientAsync();
        var court = await TeamSetup.InstitutionAsync(admin, Region, "court");
        var ngo = await TeamSetup.InstitutionAsync(admin, Region, "ngo");
        var practitioner = await TeamSetup.RosterAsync(host, Region);
        (await TeamSetup.PutMemberAsync(admin, Region, practitioner, court, accountId: "0195f0c8-2222-7000-8000-000000000007")).EnsureSuccessStatusCode();

        using var changed = await TeamSetup.PutMemberAsync(admin, Region, practitioner, ngo);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var view = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ngo, view.GetProperty("institution").GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("accountId").ValueKind);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from team_members where practitioner_id = '{practitioner}' and institution_id = '{ngo}' and account_id is null"));

        using var removed = await admin.DeleteAsync($"/api/network/regions/{Region}/team/members/{practitioner}");
        using var again = await admin.DeleteAsync($"/api/network/regions/{Region}/team/members/{practitioner}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory]
    [InlineData("/api/network/regions/BG-99/team")]
    [InlineData("/api/network/regions/nowhere/team")]
    public async Task An_unknown_region_has_no_team(string path)
    {
        using var response = await (await host.CreateAdminClientAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
