extern alias NetworkService;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Justice.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetworkService::Justice.Network.Data;
using NetworkService::Justice.Network.Domain;

namespace Justice.Network.Tests;

/// <summary>The public regions are answered from memory under an entity tag per language, and read again once they change.</summary>
public sealed class RegionsCachingTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task The_list_has_a_strong_ETag_may_be_cached_publicly_and_varies_by_language()
    {
        using var response = await GetAsync("/api/network/regions", "bg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tag = Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag);
        Assert.False(tag.IsWeak);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_reader_who_holds_the_list_gets_304_without_a_body()
    {
        using var first = await GetAsync("/api/network/regions", "bg");

        using var again = await GetAsync("/api/network/regions", "bg", first.Headers.ETag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.True(again.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task Each_language_has_its_own_ETag_and_the_same_language_the_same_bytes()
    {
        using var bulgarian = await GetAsync("/api/network/regions", "bg");
        using var bulgarianAgain = await GetAsync("/api/network/regions", "bg", new EntityTagHeaderValue("\"something-else\""));

        using var english = await GetAsync("/api/network/regions", "en", bulgarian.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.NotEqual(bulgarian.Headers.ETag, english.Headers.ETag);
        Assert.Equal("Blagoevgrad", FirstName(await english.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, bulgarianAgain.StatusCode);
        Assert.Equal(bulgarian.Headers.ETag, bulgarianAgain.Headers.ETag);
        Assert.Equal(await bulgarian.Content.ReadAsByteArrayAsync(), await bulgarianAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal("Благоевград", FirstName(await bulgarian.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task One_region_is_answered_from_memory_with_its_own_ETag_too()
    {
        using var vidin = await GetAsync("/api/network/regions/bg-05", "en");
        using var held = await GetAsync("/api/network/regions/BG-05", "en", vidin.Headers.ETag);
        using var ruse = await GetAsync("/api/network/regions/BG-18", "en", vidin.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, vidin.StatusCode);
        Assert.NotNull(vidin.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, held.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ruse.StatusCode);
        Assert.NotEqual(vidin.Headers.ETag, ruse.Headers.ETag);
    }

    [Fact]
    public async Task A_signed_in_readers_answer_is_not_stored_by_shared_caches()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/network/regions");
        using var response = await (await host.CreateAdminClientAsync()).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task A_region_saved_at_Network_is_listed_at_once_under_a_new_ETag()
    {
        using var before = await GetAsync("/api/network/regions", "en");
        try
        {
            await ChangeRegionsAsync(db => db.Regions.Add(Region29()));

            using var after = await GetAsync("/api/network/regions", "en", before.Headers.ETag);

            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
            using var list = JsonDocument.Parse(await after.Content.ReadAsStringAsync());
            Assert.Equal(29, list.RootElement.GetProperty("total").GetInt32());
            using var added = await GetAsync("/api/network/regions/BG-29", "en");
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }
        finally
        {
            await ChangeRegionsAsync(db => db.Regions.RemoveRange(db.Regions.Where(r => r.Code == "BG-29")));
        }

        using var restored = await GetAsync("/api/network/regions", "en");
        Assert.Equal(before.Headers.ETag, restored.Headers.ETag);
    }

    [Fact]
    public async Task A_region_saved_in_a_transaction_is_listed_once_the_transaction_commits_not_before()
    {
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Regions.Add(Region29());
            await db.SaveChangesAsync();

            // Read (and kept in memory) while the region is not committed yet.
            Assert.Equal(28, await TotalAsync());
            await transaction.CommitAsync();

            Assert.Equal(29, await TotalAsync());
        }
        finally
        {
            await ChangeRegionsAsync(db => db.Regions.RemoveRange(db.Regions.Where(r => r.Code == "BG-29")));
        }
        Assert.Equal(28, await TotalAsync());
    }

    private async Task<int> TotalAsync()
    {
        using var response = await GetAsync("/api/network/regions", "en");
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return list.RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task The_OpenAPI_document_gives_the_answers_their_schema_and_the_304()
    {
        var document = await OpenApiDocument.ReadAsync(_client);

        foreach (var (operation, schema) in new[] { ("get /api/network/regions", "RegionList"), ("get /api/network/regions/{code}", "RegionView") })
        {
            var responses = document.Operations[operation].GetProperty("responses");
            Assert.True(responses.TryGetProperty("304", out _), operation);
            var ok = responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.True(document.Schema(ok).TryGetProperty("properties", out _), operation);
            Assert.EndsWith("/" + schema, ok.GetProperty("$ref").GetString(), StringComparison.Ordinal);
        }
    }

    private async Task ChangeRegionsAsync(Action<NetworkDbContext> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }

    internal static JudicialRegion Region29() => new()
    {
        Code = "BG-29", NameBg = "Тестов", NameEn = "Test", NameFr = "Essai", Nuts3 = "BG999", CourtBg = "Съд", CourtEn = "Court",
    };

    private async Task<HttpResponseMessage> GetAsync(string path, string language, EntityTagHeaderValue? held = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        if (held is not null)
        {
            request.Headers.IfNoneMatch.Add(held);
        }
        return await _client.SendAsync(request);
    }

    private static string? FirstName(string list)
    {
        using var document = JsonDocument.Parse(list);
        return document.RootElement.GetProperty("items")[0].GetProperty("name").GetString();
    }
}
