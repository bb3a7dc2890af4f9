using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Cases;

/// <summary>
/// Every case endpoint × every caller (<see cref="Callers"/>: one account each, made once for the class), with real
/// tokens, on a case of the callers' region: its coordinators and team members work it, national admins everything; a
/// coordinator of another region, a practitioner not on the team and every other role nothing. A case refused is
/// answered 404, a region's list 403, and each refusal is audited, once.
/// </summary>
public sealed class CaseAccessMatrixTests(MatrixHost host) : IClassFixture<MatrixHost>
{
    private const string Own = Callers.Region;

    private static readonly string[] Operations =
    [
        "open", "list", "list-region", .. CaseOperations.Reads, .. CaseOperations.Changes,
    ];

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        //                              open list l-rg read p-rd i-rd eval lead feed p-ac p-dn p-rv conf intv info clos
        ["national-admin"] = [201, 200, 200, 200, 200, 200, 200, 204, 204, 201, 200, 201, 201, 201, 200, 200],
        ["coordinator"] = [201, 200, 200, 200, 200, 200, 200, 204, 204, 201, 200, 201, 201, 201, 200, 200],
        ["coordinator-elsewhere"] = [403, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["team-member"] = [201, 200, 200, 200, 200, 200, 200, 204, 204, 201, 200, 201, 201, 201, 200, 200],
        ["practitioner"] = [403, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["trainer"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["evaluator"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["publicity-editor"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
    };

    private readonly CaseOperations _operations = new(host.Network, Own);

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var network = host.Network;
        var caseId = await _operations.PrepareAsync(await network.CreateAdminClientAsync());
        var client = await host.Callers.ClientAsync(role);
        // The refusal's subject: the case, or the region a list or a new case was refused in.
        var subject = (expected, operation) switch
        {
            (404, _) => $"case/{caseId}",
            (403, "open" or "list-region") when role is "coordinator-elsewhere" or "practitioner" => Own,
            (403, "list") when role is "practitioner" => Own,
            _ => null,
        };
        var refusals = await host.Callers.RefusalsAsync(role);
        var refusalsOfSubject = subject is null ? 0 : await host.Callers.RefusalsAsync(role, subject);

        using var response = operation switch
        {
            "open" => await client.PostAsJsonAsync("/api/network/cases", new { victimId = Guid.NewGuid(), regionCode = Own, ageGroup = "adult" }),
            "list" => await client.GetAsync("/api/network/cases"),
            "list-region" => await client.GetAsync($"/api/network/cases?region={Own}"),
            _ => await _operations.RunAsync(client, operation, caseId),
        };

        Assert.True((int)response.StatusCode == expected,
            $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(expected is 403 or 404 ? 1 : 0, await host.Callers.RefusalsAsync(role) - refusals);
        if (subject is not null)
        {
            Assert.Equal(1, await host.Callers.RefusalsAsync(role, subject) - refusalsOfSubject);
        }
    }
}
