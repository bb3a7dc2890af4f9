using System.Net.Http.Json;
using Justice.Network.Tests.Meetings;
using Justice.Testing;

namespace Justice.Network.Tests.Councils;

/// <summary>
/// Every councils endpoint × every caller, with real tokens, on the national council and BG-05's public council: the
/// national admin manages both, BG-05's coordinator its own; the region's people and evaluators read; another
/// region's coordinator sees no BG-05 council; trainers and publicity editors nothing. Each refusal is audited once.
/// </summary>
public sealed class CouncilAccessMatrixTests(MatrixHost host) : IClassFixture<MatrixHost>
{
    private static readonly string[] Operations =
    [
        "list", "list-region", "create-national", "create-public", "read-national", "read-public", "update-national",
        "update-public", "add-member-national", "add-member-public", "remove-member-public",
    ];

    public static TheoryData<string, string, int> Matrix()
    {
        int[] nothing = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403];
        return RoleMatrix.Cases(Operations, new Dictionary<string, int[]>
        {
            //                          list rgn  c-n  c-p  r-n  r-p  u-n  u-p  a-n  a-p  rm-p
            ["national-admin"] =        [200, 200, 201, 201, 200, 200, 200, 200, 201, 201, 204],
            ["coordinator"] =           [200, 200, 403, 201, 200, 200, 403, 200, 403, 201, 204],
            ["coordinator-elsewhere"] = [200, 403, 403, 403, 200, 404, 403, 404, 403, 404, 404],
            ["team-member"] =           [200, 200, 403, 403, 200, 200, 403, 403, 403, 403, 403],
            ["practitioner"] =          [200, 200, 403, 403, 200, 200, 403, 403, 403, 403, 403],
            ["evaluator"] =             [200, 200, 403, 403, 200, 200, 403, 403, 403, 403, 403],
            ["trainer"] = nothing,
            ["publicity-editor"] = nothing,
            ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
        });
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_exactly_what_it_may(string caller, string operation, int expected)
    {
        var client = await host.Callers.ClientAsync(caller);
        await NetworkRows.RemoveCouncilsAsync(host.Network);
        var national = operation == "create-national" ? Guid.Empty : await NetworkRows.NationalCouncilAsync(host.Network);
        var own = operation == "create-public" ? Guid.Empty : await NetworkRows.CouncilAsync(host.Network, Callers.Region);
        var member = operation == "remove-member-public" ? await NetworkRows.CouncilMemberAsync(host.Network, own) : Guid.Empty;
        var refusals = await host.Callers.RefusalsAsync(caller);
        var update = new { name = "Съвет за подкрепа на пострадалите", establishedOn = "2026-01-15" };
        var newMember = new { organisation = "Фондация „Асоциация Анимус“", role = "member" };

        using var response = operation switch
        {
            "list" => await client.GetAsync("/api/network/councils"),
            "list-region" => await client.GetAsync($"/api/network/councils?region={Callers.Region}"),
            "create-national" => await client.PostAsJsonAsync("/api/network/councils", new { kind = "national", name = "Национален съвет" }),
            "create-public" => await client.PostAsJsonAsync("/api/network/councils",
                new { kind = "public", regionCode = Callers.Region, name = "Обществен съвет Бургас" }),
            "read-national" => await client.GetAsync($"/api/network/councils/{national}"),
            "read-public" => await client.GetAsync($"/api/network/councils/{own}"),
            "update-national" => await client.PutAsJsonAsync($"/api/network/councils/{national}", update),
            "update-public" => await client.PutAsJsonAsync($"/api/network/councils/{own}", update),
            "add-member-national" => await client.PostAsJsonAsync($"/api/network/councils/{national}/members", newMember),
            "add-member-public" => await client.PostAsJsonAsync($"/api/network/councils/{own}/members", newMember),
            "remove-member-public" => await client.DeleteAsync($"/api/network/councils/{own}/members/{member}"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{caller} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        Assert.Equal(expected is 403 or 404 ? 1 : 0, await host.Callers.RefusalsAsync(caller) - refusals);
        if (expected is 403 or 404 && operation.StartsWith("create-", StringComparison.Ordinal))
        {
            Assert.Equal(1L, await host.Network.Database.ScalarAsync<long>("select count(*) from support_councils"));
        }
        else if (expected is 403 or 404)
        {
            // A refusal changes nothing.
            Assert.Equal(0L, await host.Network.Database.ScalarAsync<long>(
                "select count(*) from support_councils where updated_at is not null"));
            Assert.Equal(operation == "remove-member-public" ? 1L : 0L, await host.Network.Database.ScalarAsync<long>(
                "select count(*) from council_members where removed_at is null"));
        }
    }
}
