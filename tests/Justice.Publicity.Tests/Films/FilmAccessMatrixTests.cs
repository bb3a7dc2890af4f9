using System.Net.Http.Json;
using Justice.Publicity.Tests.Publications;
using Justice.Testing;
using static Justice.Publicity.Tests.Publications.PublicityRequests;

namespace Justice.Publicity.Tests.Films;

/// <summary>
/// Every films endpoint × every caller, with real tokens and without: publicity editors and national admins do
/// everything and see unpublished films; every other role and anonymous callers see published films only (an
/// unpublished one answers them 404), and their writes are refused (403, or 401 without a token) changing nothing.
/// </summary>
public sealed class FilmAccessMatrixTests(MatrixHost matrix) : IClassFixture<MatrixHost>
{
    private static readonly string[] Operations =
    [
        "list", "create", "read-unpublished", "read-published", "update", "publish", "unpublish",
        "upload-file", "put-link", "watch-unpublished", "watch-published", "delete-version",
    ];

    public static TheoryData<string, string, int> Matrix()
    {
        //                     list crt  ru   rp   upd  pub  unp  upl  lnk  wu   wp   del
        int[] editor =        [200, 201, 200, 200, 200, 200, 200, 201, 201, 200, 200, 204];
        int[] reader =        [200, 403, 404, 200, 403, 403, 403, 403, 403, 404, 200, 403];
        int[] anonymous =     [200, 401, 404, 200, 401, 401, 401, 401, 401, 404, 200, 401];
        return RoleMatrix.Cases(Operations, new Dictionary<string, int[]>
        {
            ["national-admin"] = editor,
            ["publicity-editor"] = editor,
            ["regional-coordinator"] = reader,
            ["practitioner"] = reader,
            ["trainer"] = reader,
            ["evaluator"] = reader,
            [MatrixHost.Anonymous] = anonymous,
        });
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_exactly_what_it_may(string caller, string operation, int expected)
    {
        var client = await matrix.ClientAsync(caller);
        var admin = await matrix.ClientAsync("national-admin");
        var unpublished = await CreateFilmAsync(admin);
        var published = await CreateFilmAsync(admin);
        await UploadOkAsync(admin, $"{FilmsPath}/{unpublished}/versions/bg", "филм.mp4", SampleFiles.Mp4());
        await UploadOkAsync(admin, $"{FilmsPath}/{published}/versions/bg", "филм.mp4", SampleFiles.Mp4());
        await FilmsApiTests.PublishAsync(admin, published);
        var database = matrix.Host.Database;
        var films = await database.ScalarAsync<long>("select count(*) from training_films");

        using var response = operation switch
        {
            "list" => await client.GetAsync($"{FilmsPath}?pageSize=100"),
            "create" => await client.PostAsJsonAsync(FilmsPath, Film()),
            "read-unpublished" => await client.GetAsync($"{FilmsPath}/{unpublished}"),
            "read-published" => await client.GetAsync($"{FilmsPath}/{published}"),
            "update" => await client.PutAsJsonAsync($"{FilmsPath}/{unpublished}", Film("C8")),
            "publish" => await client.PostAsync($"{FilmsPath}/{unpublished}/publish", null),
            "unpublish" => await client.PostAsync($"{FilmsPath}/{published}/unpublish", null),
            "upload-file" => await UploadAsync(client, $"{FilmsPath}/{unpublished}/versions/fr", "film.mp4", SampleFiles.Mp4()),
            "put-link" => await client.PutAsJsonAsync($"{FilmsPath}/{unpublished}/versions/en", new { externalUrl = "https://video.justice.bg/en" }),
            "watch-unpublished" => await client.GetAsync($"{FilmsPath}/{unpublished}/versions/bg"),
            "watch-published" => await client.GetAsync($"{FilmsPath}/{published}/versions/bg"),
            "delete-version" => await client.DeleteAsync($"{FilmsPath}/{unpublished}/versions/bg"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{caller} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (operation == "list")
        {
            Assert.Equal(Array.IndexOf(MatrixHost.Callers, caller) < 2, body.Contains(unpublished.ToString(), StringComparison.Ordinal));
        }
        if (expected >= 400)
        {
            Assert.Equal(films, await database.ScalarAsync<long>("select count(*) from training_films"));
            Assert.Equal("false|true", await database.ScalarAsync<string>(
                $"select string_agg(published::text, '|' order by published) from training_films where id in ('{unpublished}', '{published}')"));
            Assert.Equal(0L, await database.ScalarAsync<long>($"select count(*) from training_films where id = '{unpublished}' and updated_at is not null"));
            Assert.Equal(2L, await database.ScalarAsync<long>(
                $"select count(*) from film_versions where film_id in ('{unpublished}', '{published}')"));
        }
    }
}
