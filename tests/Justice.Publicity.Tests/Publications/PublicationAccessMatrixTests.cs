using System.Net.Http.Json;
using Justice.Testing;
using static Justice.Publicity.Tests.Publications.PublicityRequests;

namespace Justice.Publicity.Tests.Publications;

/// <summary>
/// Every publications endpoint × every caller, with real tokens and without: publicity editors and national admins do
/// everything and see drafts; every other role and anonymous callers read what is published only (a draft answers
/// them 404, as if it did not exist), and their writes are refused (403, or 401 without a token) changing nothing.
/// </summary>
public sealed class PublicationAccessMatrixTests(MatrixHost matrix) : IClassFixture<MatrixHost>
{
    private static readonly string[] Operations =
    [
        "list", "create", "read-draft", "read-published", "update-draft", "publish-draft", "withdraw-published",
        "upload-draft", "download-draft", "download-published", "delete-file-draft",
    ];

    public static TheoryData<string, string, int> Matrix()
    {
        //                     list crt  rd   rp   upd  pub  wd   upl  dd   dp   del
        int[] editor =        [200, 201, 200, 200, 200, 200, 200, 201, 200, 200, 204];
        int[] reader =        [200, 403, 404, 200, 403, 403, 403, 403, 404, 200, 403];
        int[] anonymous =     [200, 401, 404, 200, 401, 401, 401, 401, 404, 200, 401];
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
        var draft = await CreateAsync(admin, "publication");
        var published = await CreateAsync(admin, "publication");
        await UploadOkAsync(admin, $"{PublicationsPath}/{draft}/files/bg", "чернова.pdf", SampleFiles.Pdf());
        await UploadOkAsync(admin, $"{PublicationsPath}/{published}/files/bg", "доклад.pdf", SampleFiles.Pdf());
        await MoveAsync(admin, published, "publish");
        var database = matrix.Host.Database;
        var outbox = await database.ScalarAsync<long>("select count(*) from outbox_messages");
        var publications = await database.ScalarAsync<long>("select count(*) from publications");

        using var response = operation switch
        {
            "list" => await client.GetAsync($"{PublicationsPath}?kind=publication"),
            "create" => await client.PostAsJsonAsync(PublicationsPath, Publication()),
            "read-draft" => await client.GetAsync($"{PublicationsPath}/{draft}"),
            "read-published" => await client.GetAsync($"{PublicationsPath}/{published}"),
            "update-draft" => await client.PutAsJsonAsync($"{PublicationsPath}/{draft}", new { bg = new { title = "Друго", body = "Друг текст" } }),
            "publish-draft" => await client.PostAsync($"{PublicationsPath}/{draft}/publish", null),
            "withdraw-published" => await client.PostAsync($"{PublicationsPath}/{published}/withdraw", null),
            "upload-draft" => await UploadAsync(client, $"{PublicationsPath}/{draft}/files/fr", "rapport.pdf", SampleFiles.Pdf()),
            "download-draft" => await client.GetAsync($"{PublicationsPath}/{draft}/files/bg"),
            "download-published" => await client.GetAsync($"{PublicationsPath}/{published}/files/bg"),
            "delete-file-draft" => await client.DeleteAsync($"{PublicationsPath}/{draft}/files/bg"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{caller} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (operation == "list")
        {
            // Drafts are listed to those who edit only.
            Assert.Equal(expected == 200 && Array.IndexOf(MatrixHost.Callers, caller) < 2, body.Contains(draft.ToString(), StringComparison.Ordinal));
            Assert.Contains(published.ToString(), body, StringComparison.Ordinal);
        }
        if (expected >= 400)
        {
            // A refusal changes nothing: no publication made, none moved or edited, no file stored or removed, nothing announced.
            Assert.Equal(publications, await database.ScalarAsync<long>("select count(*) from publications"));
            Assert.Equal(outbox, await database.ScalarAsync<long>("select count(*) from outbox_messages"));
            Assert.Equal("draft|published", await database.ScalarAsync<string>(
                $"select string_agg(state, '|' order by state) from publications where id in ('{draft}', '{published}')"));
            Assert.Equal("Заглавие", await database.ScalarAsync<string>($"select title_bg from publications where id = '{draft}'"));
            Assert.Equal(2L, await database.ScalarAsync<long>(
                $"select count(*) from publication_files where publication_id in ('{draft}', '{published}')"));
        }
    }
}
