using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Justice.Network.Tests;

public sealed class RegionsApiTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Lists_the_28_judicial_regions_in_Bulgarian_by_default()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/network/regions");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(28, items.Count);
        Assert.Equal(28, list.GetProperty("total").GetInt32());
        Assert.Equal("BG-01", items[0].GetProperty("code").GetString());
        Assert.Equal("Благоевград", items[0].GetProperty("name").GetString());
        Assert.Equal("BG-28", items[27].GetProperty("code").GetString());
        Assert.Equal(28, items.Select(i => i.GetProperty("code").GetString()).Distinct().Count());
    }

    [Theory]
    [InlineData("en", "Sofia City", "Sofia City Court")]
    [InlineData("fr", "Sofia-ville", "Sofia City Court")]
    [InlineData("bg", "София (столица)", "Софийски градски съд")]
    [InlineData("de", "София (столица)", "Софийски градски съд")]
    public async Task Names_follow_the_readers_language(string language, string name, string court)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/network/regions/BG-22");
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await _client.SendAsync(request);
        var region = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, region.GetProperty("name").GetString());
        Assert.Equal(court, region.GetProperty("court").GetString());
        Assert.Equal("BG411", region.GetProperty("nuts3").GetString());
    }

    [Fact]
    public async Task A_lower_case_code_finds_the_region()
    {
        var region = await _client.GetFromJsonAsync<JsonElement>("/api/network/regions/bg-05");

        Assert.Equal("BG-05", region.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/network/regions/BG-99")]
    [InlineData("/api/network/regions/nowhere")]
    [InlineData("/api/network/regions/BG-99/roster")]
    [InlineData("/api/network/nothing-here")]
    public async Task Unknown_regions_and_paths_answer_404_problem_details(string path)
    {
        using var response = await (await host.CreateAdminClientAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Reports_healthy_once_its_schema_is_in_place()
    {
        using var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(28L, await host.Database.ScalarAsync<long>("select count(*) from judicial_regions"));
    }
}
