using System.Net;

namespace Justice.Network.Tests.Cases;

/// <summary>A closed case (<c>ClosedAt</c> set) is read as before, and every change to it is refused with 409.</summary>
public sealed class ClosedCaseTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private readonly CaseOperations _operations = new(host, "BG-21");

    public static TheoryData<string> Changes() => [.. CaseOperations.Changes];

    public static TheoryData<string> Reads() => [.. CaseOperations.Reads];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Every_change_to_a_closed_case_is_a_conflict(string operation)
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await _operations.PrepareAsync(admin);
        var open = await _operations.PrepareAsync(admin);
        await host.CloseAsync(caseId);

        using var refused = await _operations.RunAsync(admin, operation, caseId);
        using var allowed = await _operations.RunAsync(admin, operation, open);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(allowed.IsSuccessStatusCode, $"{operation} on an open case: {(int)allowed.StatusCode}");
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where subject = 'case/{caseId}' and outcome = 'done' and action <> 'case-open' and action <> 'case-plan-action'"));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_closed_case_is_still_read(string operation)
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await _operations.PrepareAsync(admin);
        await host.CloseAsync(caseId);

        using var response = await _operations.RunAsync(admin, operation, caseId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
