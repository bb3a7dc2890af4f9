using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>
/// The competency framework × every role, with version 1 published: everyone signed in reads it; only
/// national admins change it, and even they cannot change a published version (409).
/// </summary>
public sealed class FrameworkAccessMatrixTests(PublishedFrameworkHost host) : IClassFixture<PublishedFrameworkHost>
{
    private static readonly string[] Operations =
        ["read-current", "list-versions", "read-version", "start-draft", "profile-published", "texts-published", "publish-published"];

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        //                           current list  read  draft prof  texts publish
        ["national-admin"] = [200, 200, 200, 201, 409, 409, 409],
        ["regional-coordinator"] = [200, 200, 200, 403, 403, 403, 403],
        ["trainer"] = [200, 200, 200, 403, 403, 403, 403],
        ["practitioner"] = [200, 200, 200, 403, 403, 403, 403],
        ["evaluator"] = [200, 200, 200, 403, 403, 403, 403],
        ["publicity-editor"] = [200, 200, 200, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401],
    };

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var client = host.Training.CreateClient();
        await MatrixSignIn.SignInAsync(host, client, role, "BG-05");
        const string versions = "/api/training/competency-framework/versions";

        using var response = operation switch
        {
            "read-current" => await client.GetAsync("/api/training/competency-framework"),
            "list-versions" => await client.GetAsync(versions),
            "read-version" => await client.GetAsync($"{versions}/1"),
            "start-draft" => await client.PostAsync(versions, null),
            "profile-published" => await client.PutAsJsonAsync($"{versions}/1/profiles/judge", new Dictionary<string, int> { ["C1"] = 3 }),
            "texts-published" => await client.PutAsJsonAsync($"{versions}/1/competencies/C1", CompetencyFrameworkApiTests.Texts("Права")),
            "publish-published" => await client.PostAsync($"{versions}/1/publish", null),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.True(expected == (int)response.StatusCode,
            $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(2L, await host.TrainingDatabase.ScalarAsync<long>(
            "select count(*) from profile_requirements where version_number = 1 and profession = 'judge' and competency_code = 'C1' and level = 2")
            + await host.TrainingDatabase.ScalarAsync<long>(
            "select count(*) from framework_competencies where version_number = 1 and code = 'C1' and name_bg = 'Информиране на пострадалите за техните права'"));
    }
}
