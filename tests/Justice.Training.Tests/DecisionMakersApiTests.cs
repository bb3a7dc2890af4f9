using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

public sealed class DecisionMakersApiTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task A_decision_maker_registers_and_is_listed_under_their_body_in_the_readers_language()
    {
        var admin = host.CreateClient();
        using var created = await admin.PostAsJsonAsync("/api/training/decision-makers",
            new { fullName = "Радослав Ненков", body = "SACP", position = "Главен експерт" });
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var read = await admin.GetFromJsonAsync<JsonElement>(created.Headers.Location);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/training/decision-makers?body=SACP&pageSize=10");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Радослав Ненков", read.GetProperty("fullName").GetString());
        Assert.Equal("State Agency for Child Protection", read.GetProperty("bodyName").GetString());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == read.GetProperty("id").GetGuid());
        Assert.All(list.GetProperty("items").EnumerateArray(), d => Assert.Equal("SACP", d.GetProperty("body").GetString()));
    }

    [Theory]
    [InlineData("""{"fullName":"Радослав Ненков","body":"NATO","position":"Експерт"}""", "body")]
    [InlineData("""{"fullName":"R2D2","body":"MJ","position":"Експерт"}""", "fullName")]
    [InlineData("""{"fullName":"Радослав Ненков","body":"MJ"}""", "position")]
    [InlineData("""{"fullName":"Радослав Ненков","body":"MJ","position":"Експерт","region":"BG-05"}""", "region")]
    public async Task Bad_input_answers_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var before = await host.TrainingDatabase.ScalarAsync<long>("select count(*) from decision_makers");

        using var response = await host.CreateClient().PostAsync("/api/training/decision-makers", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from decision_makers"));
    }

    [Theory]
    [InlineData("regional-coordinator", "BG-05")]
    [InlineData("evaluator", null)]
    public async Task Only_national_admins_manage_decision_makers(string role, string? region)
    {
        var client = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));

        using var list = await client.GetAsync("/api/training/decision-makers");
        using var create = await client.PostAsJsonAsync("/api/training/decision-makers", new { fullName = "Иво Иванов", body = "MJ", position = "Експерт" });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }
}
