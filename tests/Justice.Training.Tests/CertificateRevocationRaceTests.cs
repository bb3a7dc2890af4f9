using System.Net;
using System.Net.Http.Json;
using Justice.Testing;
using Npgsql;

namespace Justice.Training.Tests;

/// <summary>Revoking one certificate several times at once: one revocation, one event, whoever wins.</summary>
public sealed class CertificateRevocationRaceTests(CompletedSessionHost host) : IClassFixture<CompletedSessionHost>
{
    [Fact]
    public async Task Five_parallel_revocations_revoke_once_and_publish_one_event()
    {
        var code = await host.TrainingDatabase.ScalarAsync<string>(
            $"select verification_code from certificates where holder_id = '{host.Holder}'");

        // The race made certain: the test holds the certificate's row, so every request reads it unrevoked and then
        // waits to write; only when all five wait does the row come free.
        await using var blocker = new NpgsqlConnection(host.TrainingDatabase.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand($"select 1 from certificates where holder_id = '{host.Holder}' for update", blocker, transaction))
        {
            await hold.ExecuteNonQueryAsync();
        }
        var revocations = Enumerable.Range(1, 5).Select(i =>
            host.CreateClient().PostAsJsonAsync($"/api/training/certificates/{code}/revoke", new { reason = $"Грешка {i}" })).ToList();
        var waiting = await Eventually.Within(TimeSpan.FromSeconds(20), () => host.TrainingDatabase.ScalarAsync<long>(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"), n => n == 5);
        Assert.Equal(5L, waiting);
        await transaction.RollbackAsync();
        var responses = await Task.WhenAll(revocations);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'CertificateRevoked' and payload->>'holderId' = '{host.Holder}'"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
