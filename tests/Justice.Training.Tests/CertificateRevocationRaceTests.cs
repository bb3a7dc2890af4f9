using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Justice.Training.Tests;

/// <summary>Revoking one certificate several times at once: one revocation, one event, whoever wins.</summary>
public sealed class CertificateRevocationRaceTests(CompletedSessionHost host) : IClassFixture<CompletedSessionHost>
{
    [Fact]
    public async Task Five_parallel_revocations_revoke_once_and_publish_one_event()
    {
        var admin = host.CreateClient();
        var certificates = await admin.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{host.Session}/certificates");
        var code = certificates.EnumerateArray().Single(c => c.GetProperty("holderId").GetGuid() == host.Holder)
            .GetProperty("verificationCode").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            host.CreateClient().PostAsJsonAsync($"/api/training/certificates/{code}/revoke", new { reason = $"Грешка {i}" })));

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
