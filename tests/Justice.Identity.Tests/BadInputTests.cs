using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Identity.Tests;

/// <summary>
/// The JSON write operations refuse nulls, wrong types, unknown members and broken bodies with a 400 naming the
/// field, and change nothing.
/// </summary>
public sealed class BadInputTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private const string Password = "correct-horse-battery";

    public static TheoryData<string, string[]> BadUsers => new()
    {
        { User(userName: "null"), ["userName"] },
        { User(password: "null"), ["password"] },
        { User(role: "null"), ["role"] },
        { User(institution: "null"), ["institution"] },
        { User(userName: "42"), ["userName"] },
        { User(role: """["trainer"]"""), ["role"] },
        { User(regionCode: "5"), ["regionCode"] },
        { User(institution: """{"name":"Съд"}"""), ["institution"] },
        { User(extra: ""","email":"someone@example.org" """), ["email"] },
        { User(extra: ""","userName":"twice" """), ["userName"] },
        { User(userName: "\"bad\\u0000name\""), ["userName"] },
        { User(institution: "\"   \""), ["institution"] },
        { User(institution: $"\"{new string('x', 201)}\""), ["institution"] },
        { User(regionCode: "null"), ["regionCode"] },
        { User(role: "\"evaluator\""), ["regionCode"] },
        { """{"role":"trainer","regionCode":"BG-05"}""", ["userName", "password", "institution"] },
        { "{}", ["userName", "password", "role", "institution"] },
        { "null", ["$"] },
        { "[]", ["$"] },
        { "\"a user\"", ["$"] },
        { """{"userName":"someone",""", ["$"] },
    };

    [Theory]
    [MemberData(nameof(BadUsers))]
    public async Task A_bad_new_user_answers_400_naming_the_field_and_creates_no_one(string body, string[] fields)
    {
        var admin = await AdminAsync();
        var before = await CountUsersAsync(admin);

        using var response = await admin.PostAsync("/api/identity/users", ProblemAssertions.Json(body));

        await ProblemAssertions.AssertNamesAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await CountUsersAsync(admin));
    }

    public static TheoryData<string, string[]> BadRoleChanges => new()
    {
        { """{"role":null,"regionCode":"BG-05"}""", ["role"] },
        { """{"role":"trainer","regionCode":null}""", ["regionCode"] },
        { """{"role":"trainer"}""", ["regionCode"] },
        { """{"role":7,"regionCode":"BG-05"}""", ["role"] },
        { """{"role":"trainer","regionCode":["BG-05"]}""", ["regionCode"] },
        { """{"role":"trainer","regionCode":"BG-05","institution":"Съд"}""", ["institution"] },
        { """{"role":"pilot","regionCode":"BG-05"}""", ["role"] },
        { """{"role":"national-admin","regionCode":"BG-05"}""", ["regionCode"] },
        { "{}", ["role"] },
        { "null", ["$"] },
        { "[]", ["$"] },
    };

    [Theory]
    [MemberData(nameof(BadRoleChanges))]
    public async Task A_bad_role_change_answers_400_naming_the_field_and_changes_no_role(string body, string[] fields)
    {
        var admin = await AdminAsync();
        var id = await CreateUserAsync(admin, $"bad-role-{Guid.NewGuid():N}");

        using var response = await admin.PutAsync($"/api/identity/users/{id}/role", ProblemAssertions.Json(body));

        await ProblemAssertions.AssertNamesAsync(response, HttpStatusCode.BadRequest, fields);
        var user = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users/{id}");
        Assert.Equal("practitioner", user.GetProperty("role").GetString());
        Assert.Equal("BG-05", user.GetProperty("regionCode").GetString());
    }

    public static TheoryData<string, string[]> BadCodes => new()
    {
        { """{"code":null}""", ["code"] },
        { """{"code":123456}""", ["code"] },
        { """{"code":["123456"]}""", ["code"] },
        { """{"code":"123456","remember":true}""", ["remember"] },
        { """{"code":"  "}""", ["code"] },
        { """{"code":"12\u00003456"}""", ["code"] },
        { "{}", ["code"] },
        { "null", ["$"] },
    };

    [Theory]
    [MemberData(nameof(BadCodes))]
    public async Task A_bad_two_factor_confirmation_answers_400_naming_the_field_and_leaves_two_factor_off(string body, string[] fields)
    {
        var userName = $"bad-code-{Guid.NewGuid():N}";
        await CreateUserAsync(await AdminAsync(), userName);
        var client = await host.ClientAsAsync(userName, Password);
        (await client.PostAsync("/api/identity/me/two-factor", null)).EnsureSuccessStatusCode();

        using var response = await client.PostAsync("/api/identity/me/two-factor/confirm", ProblemAssertions.Json(body));

        await ProblemAssertions.AssertNamesAsync(response, HttpStatusCode.BadRequest, fields);
        using var signIn = await TokenRequests.RequestPasswordAsync(host.CreateClient(), userName, Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // no code asked for: two-factor is still off
    }

    [Theory]
    [InlineData("GET", "/api/identity/users/not-a-user")]
    [InlineData("GET", "/api/identity/users/8f0c1d2e-0000-4000-8000-000000000000")]
    [InlineData("PUT", "/api/identity/users/not-a-user/role")]
    [InlineData("PUT", "/api/identity/users/8f0c1d2e-0000-4000-8000-000000000000/role")]
    public async Task Ids_of_no_user_answer_404_problem_details(string method, string path)
    {
        var admin = await AdminAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "PUT" ? ProblemAssertions.Json("""{"role":"trainer","regionCode":"BG-05"}""") : null,
        };

        using var response = await admin.SendAsync(request);

        await ProblemAssertions.AssertNamesAsync(response, HttpStatusCode.NotFound);
    }

    private Task<HttpClient> AdminAsync() => host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

    private async Task<string> CreateUserAsync(HttpClient admin, string userName)
    {
        using var created = await admin.PostAsync("/api/identity/users", ProblemAssertions.Json(User(userName: $"\"{userName}\"", role: "\"practitioner\"")));
        created.EnsureSuccessStatusCode();
        await AccountRequests.TakeOverAsync(host.CreateClient(), userName, Password);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<int> CountUsersAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?pageSize=1")).GetProperty("total").GetInt32();

    /// <summary>A new user's body, each field given as raw JSON so that a test can put any value in its place.</summary>
    private static string User(string userName = "\"someone-new\"", string password = $"\"{Password}\"", string role = "\"trainer\"",
        string regionCode = "\"BG-05\"", string institution = "\"Окръжен съд\"", string extra = "") =>
        $$"""{"userName":{{userName}},"password":{{password}},"role":{{role}},"regionCode":{{regionCode}},"institution":{{institution}}{{extra}}}""";
}
