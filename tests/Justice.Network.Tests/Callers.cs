using System.Collections.Concurrent;
using Justice.Network.Tests.Meetings;
using Justice.Testing;

namespace Justice.Network.Tests;

/// <summary>
/// The callers of the access matrices, one account each, asked for once per host: the region's coordinator and a
/// coordinator of another region, a practitioner of the region on its territorial team and one who is not, and the
/// national roles.
/// </summary>
public sealed class Callers(NetworkHost host)
{
    public const string Region = "BG-05";
    public const string OtherRegion = "BG-06";

    public static readonly string[] All =
    [
        "national-admin", "coordinator", "coordinator-elsewhere", "team-member", "practitioner", "trainer", "evaluator",
        "publicity-editor", "anonymous",
    ];

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();

    /// <summary>The token of <paramref name="caller"/>; null for <c>anonymous</c>.</summary>
    public async Task<string?> TokenAsync(string caller) =>
        caller == "anonymous" ? null : await _tokens.GetOrAdd(caller, IssueAsync);

    /// <summary>A client of <paramref name="caller"/>, without a token for <c>anonymous</c>.</summary>
    public async Task<HttpClient> ClientAsync(string caller) =>
        await TokenAsync(caller) is { } token ? host.CreateClient().WithToken(token) : host.CreateClient();

    /// <summary>The account id of <paramref name="caller"/>; null for <c>anonymous</c>.</summary>
    public async Task<string?> AccountAsync(string caller) => await TokenAsync(caller) is { } token ? Jwt.Subject(token) : null;

    /// <summary>How many refusals the audit holds for <paramref name="caller"/>'s account (of <paramref name="subject"/> only, if given).</summary>
    public async Task<long> RefusalsAsync(string caller, string? subject = null) =>
        await AccountAsync(caller) is { } account
            ? await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{account}' and outcome = 'refused'"
                + (subject is null ? "" : $" and subject = '{subject}'"))
            : 0;

    private async Task<string> IssueAsync(string caller)
    {
        var token = caller switch
        {
            "national-admin" or "evaluator" or "publicity-editor" => await host.Identity.UserTokenAsync(caller, null),
            "trainer" => await host.Identity.UserTokenAsync("trainer", Region),
            "coordinator" => await host.Identity.UserTokenAsync("regional-coordinator", Region),
            "coordinator-elsewhere" => await host.Identity.UserTokenAsync("regional-coordinator", OtherRegion),
            "team-member" or "practitioner" => await host.Identity.UserTokenAsync("practitioner", Region),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };
        if (caller == "team-member")
        {
            await NetworkRows.JoinTeamAsync(host, Region, token);
        }
        return token;
    }
}

/// <summary>A Network host with its <see cref="Callers"/>, for the access matrices.</summary>
public sealed class MatrixHost : IAsyncLifetime
{
    public MatrixHost() => Callers = new Callers(Network);

    public NetworkHost Network { get; } = new();
    public Callers Callers { get; }

    public Task InitializeAsync() => Network.InitializeAsync();

    public Task DisposeAsync() => Network.DisposeAsync();
}
