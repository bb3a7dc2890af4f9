using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>Training and Network with one token per role, asked for once.</summary>
public sealed class MaterialsHost : TrainingHost
{
    /// <summary>A token of <paramref name="role"/>: regional roles in BG-05, national ones without a region.</summary>
    public Task<string> TokenAsync(string role) =>
        CallerTokenAsync(role, () => role switch
        {
            "national-admin" or "evaluator" or "publicity-editor" => Identity.UserTokenAsync(role, null),
            _ => Identity.UserTokenAsync(role, "BG-05"),
        });
}

/// <summary>
/// Every materials endpoint × every role: everyone in the programme reads and downloads, national admins alone
/// change the package, and an anonymous caller gets nothing. Refusals are audited and change nothing.
/// </summary>
public sealed class MaterialsAccessMatrixTests(MaterialsHost host) : IClassFixture<MaterialsHost>
{
    private static readonly string[] Readers = ["national-admin", "regional-coordinator", "trainer", "practitioner", "evaluator", "publicity-editor"];
    private static readonly string[] Operations = ["list", "get", "download", "create", "update", "upload", "delete-version", "delete"];

    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var operation in Operations)
        {
            foreach (var role in Readers)
            {
                data.Add(role, operation, (role, operation) switch
                {
                    (_, "list" or "get" or "download") or ("national-admin", "update") => 200,
                    ("national-admin", "create" or "upload") => 201,
                    ("national-admin", _) => 204,
                    _ => 403,
                });
            }
            data.Add("anonymous", operation, 401);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin);
        await Materials.UploadPdfAsync(admin, material, "bg");
        var client = host.Training.CreateClient();
        if (role != "anonymous")
        {
            client.WithToken(await host.TokenAsync(role));
        }
        var (method, path) = operation switch
        {
            "list" => ("GET", "/api/training/materials"),
            "get" => ("GET", $"/api/training/materials/{material}"),
            "download" => ("GET", $"/api/training/materials/{material}/versions/bg/file"),
            "create" => ("POST", "/api/training/materials"),
            "upload" => ("PUT", $"/api/training/materials/{material}/versions/en"),
            "update" => ("PUT", $"/api/training/materials/{material}"),
            "delete-version" => ("DELETE", $"/api/training/materials/{material}/versions/bg"),
            "delete" => ("DELETE", $"/api/training/materials/{material}"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        using var response = operation switch
        {
            "create" => await client.PostAsJsonAsync(path, new { kind = "handout", titles = new { bg = "Листовка" }, competencies = new[] { "C2" } }),
            "upload" => await client.PutAsync(path, Materials.File("handout.pdf", SampleFiles.Pdf())),
            "update" => await client.PutAsJsonAsync(path, new { titles = new { bg = "Наръчник, второ издание" }, competencies = new[] { "C1", "C4" } }),
            _ => await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)),
        };

        Assert.True(expected == (int)response.StatusCode, $"{role} {operation}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            // Nothing changed: the material and its one version are still there, and no other appeared.
            Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
                $"select count(*) from training_material_versions where material_id = '{material}'"));
            Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
                $"select count(*) from training_material_contents where material_id = '{material}'"));
        }
        if (expected == 403)
        {
            var subject = TokenRequests.Payload(client.DefaultRequestHeaders.Authorization!.Parameter!).GetProperty("sub").GetString();
            Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{subject}' and action like '{method} /api/training/materials%' and subject = '{path}' and outcome = 'refused'"));
        }
    }
}
