using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Identity.Tests;

public sealed class UsersApiTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private const string Password = "correct-horse-battery";

    [Theory]
    [InlineData(null, "Няма такъв потребител", "Няма потребител с този идентификатор, който можете да управлявате.")]
    [InlineData("en", "User not found", "There is no user with this id that you may manage.")]
    [InlineData("fr", "Utilisateur introuvable", "Il n'y a pas d'utilisateur avec cet identifiant que vous puissiez gérer.")]
    public async Task A_user_not_found_is_told_in_the_readers_language(string? language, string title, string detail)
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/users/{Guid.NewGuid()}");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_national_admin_creates_a_regional_coordinator_who_signs_in_with_their_region()
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

        using var created = await admin.PostAsJsonAsync("/api/identity/users", NewUser("coordinator-bg05", "regional-coordinator", "BG-05"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await AccountRequests.TakeOverAsync(host.CreateClient(), "coordinator-bg05", Password);
        var tokens = await TokenRequests.PasswordAsync(host.CreateClient(), "coordinator-bg05", Password);
        var claims = TokenRequests.Payload(tokens.AccessToken);
        Assert.Equal("regional-coordinator", claims.GetProperty("role").GetString());
        Assert.Equal("BG-05", claims.GetProperty("region").GetString());
    }

    [Fact]
    public async Task A_regional_coordinator_manages_practitioners_and_trainers_of_their_own_region_only()
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);
        await CreateAsync(admin, "coordinator-bg12", "regional-coordinator", "BG-12");
        using var elsewhere = await admin.PostAsJsonAsync("/api/identity/users", NewUser("trainer-bg13", "trainer", "BG-13"));
        var elsewhereId = (await elsewhere.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var coordinator = await host.ClientAsAsync("coordinator-bg12", Password);

        using var ownTrainer = await coordinator.PostAsJsonAsync("/api/identity/users", NewUser("trainer-bg12", "trainer", "BG-12"));
        using var otherRegion = await coordinator.PostAsJsonAsync("/api/identity/users", NewUser("trainer-x", "trainer", "BG-13"));
        using var admin2 = await coordinator.PostAsJsonAsync("/api/identity/users", NewUser("admin-x", "national-admin", null));
        using var readElsewhere = await coordinator.GetAsync($"/api/identity/users/{elsewhereId}");
        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/identity/users");

        Assert.Equal(HttpStatusCode.Created, ownTrainer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, admin2.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readElsewhere.StatusCode);
        Assert.All(list.GetProperty("items").EnumerateArray(), user => Assert.Equal("BG-12", user.GetProperty("regionCode").GetString()));
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'user-read' and subject = '{elsewhereId}' and outcome = 'refused'"));
    }

    [Fact]
    public async Task Role_changes_follow_the_same_limits_and_are_audited()
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);
        await CreateAsync(admin, "coordinator-bg14", "regional-coordinator", "BG-14");
        var id = await CreateAsync(admin, "practitioner-bg14", "practitioner", "BG-14");
        var coordinator = await host.ClientAsAsync("coordinator-bg14", Password);

        using var toTrainer = await coordinator.PutAsJsonAsync($"/api/identity/users/{id}/role", new { role = "trainer", regionCode = "BG-14" });
        using var toAdmin = await coordinator.PutAsJsonAsync($"/api/identity/users/{id}/role", new { role = "national-admin", regionCode = (string?)null });
        var token = await TokenRequests.PasswordAsync(host.CreateClient(), "practitioner-bg14", Password);

        Assert.Equal(HttpStatusCode.OK, toTrainer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, toAdmin.StatusCode);
        Assert.Equal("trainer", TokenRequests.Payload(token.AccessToken).GetProperty("role").GetString());
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'role-change' and subject = '{id}' and outcome = 'practitioner->trainer'"));
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'role-change' and subject = '{id}' and outcome = 'refused'"));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=abc", "pageSize")]
    public async Task Bad_paging_is_refused_naming_the_parameter(string query, string field)
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

        using var response = await admin.GetAsync($"/api/identity/users?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData(null, "trainer", "BG-05", "userName")]
    [InlineData("x y", "trainer", "BG-05", "userName")]
    [InlineData("someone", "pilot", "BG-05", "role")]
    [InlineData("someone", "trainer", null, "regionCode")]
    [InlineData("someone", "evaluator", "BG-05", "regionCode")]
    public async Task Bad_users_are_refused_naming_the_field(string? userName, string role, string? region, string field)
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

        using var response = await admin.PostAsJsonAsync("/api/identity/users", new { userName, password = Password, role, regionCode = region, institution = "Съд" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Without_a_token_or_with_a_practitioners_token_the_users_api_is_refused()
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);
        await CreateAsync(admin, "practitioner-bg01", "practitioner", "BG-01");
        var practitioner = await host.ClientAsAsync("practitioner-bg01", Password);

        using var anonymous = await host.CreateClient().GetAsync("/api/identity/users");
        using var forbidden = await practitioner.GetAsync("/api/identity/users");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    /// <summary>Creates a user as <paramref name="admin"/>, who then takes the account over; returns the id.</summary>
    private async Task<string> CreateAsync(HttpClient admin, string userName, string role, string? region)
    {
        using var created = await admin.PostAsJsonAsync("/api/identity/users", NewUser(userName, role, region));
        created.EnsureSuccessStatusCode();
        await AccountRequests.TakeOverAsync(host.CreateClient(), userName, Password);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static object NewUser(string userName, string role, string? region) =>
        new { userName, password = Password, role, regionCode = region, institution = "Окръжен съд" };
}
