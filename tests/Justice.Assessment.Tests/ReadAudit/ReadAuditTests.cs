using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Justice.Assessment.Tests.ReadAudit;

/// <summary>
/// Every read of a victim's personal fields writes exactly one row to the hash-chained read log before it is served;
/// the log is append-only for the service's login, a row changed behind its back is named, and an unwritable log
/// makes the read 503. (Tests of one class run one at a time: the 503 test revokes the grant for a moment.)
/// </summary>
public sealed class ReadAuditTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private const string ReadLog = "audit.personal_data_reads";

    /// <summary>Every endpoint that reads personal fields, as (name, request): each must write exactly one row.</summary>
    public static TheoryData<string> PersonalReads() => ["get-record", "lookup-found", "lookup-not-found", "get-record-break-the-glass"];

    [Theory]
    [MemberData(nameof(PersonalReads))]
    public async Task Each_read_of_personal_fields_writes_exactly_one_row(string read)
    {
        var victim = await host.RegisterAsync("BG-07", nationalId: "7501010010");
        var client = read == "get-record-break-the-glass" ? await BreakTheGlassAsync(victim) : host.CreateClient();
        var before = await RowsAsync();

        using var response = read switch
        {
            "get-record" or "get-record-break-the-glass" => await client.GetAsync($"/api/assessment/victims/{victim}?purpose=supervision"),
            "lookup-found" => await Lookup(client, "7501010010"),
            "lookup-not-found" => await Lookup(client, "8802294567"),
            _ => throw new ArgumentOutOfRangeException(nameof(read)),
        };

        Assert.Equal(read == "lookup-not-found" ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await RowsAsync());
        var (subject, purpose, outcome) = await LastRowAsync();
        Assert.Equal(read == "lookup-not-found" ? "victim/none" : $"victim/{victim}", subject);
        Assert.Equal(read.StartsWith("lookup", StringComparison.Ordinal) ? "court-proceedings" : "supervision", purpose);
        Assert.Equal(read switch
        {
            "lookup-not-found" => "not-found",
            "get-record-break-the-glass" => "served-break-the-glass",
            _ => "served",
        }, outcome);
    }

    [Fact]
    public async Task Reads_without_personal_fields_and_refused_reads_write_no_row()
    {
        var victim = await host.RegisterAsync("BG-07");
        var before = await RowsAsync();
        var other = await host.CreateClientAsync("practitioner", "BG-08");

        using var list = await host.CreateClient().GetAsync("/api/assessment/victims");
        using var refused = await other.GetAsync($"/api/assessment/victims/{victim}?purpose=assessment");
        using var noPurpose = await host.CreateClient().GetAsync($"/api/assessment/victims/{victim}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPurpose.StatusCode);
        Assert.True(JsonDocument.Parse(await noPurpose.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("purpose", out _));
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task The_purpose_may_come_in_a_header_and_must_be_one_of_the_list()
    {
        var victim = await host.RegisterAsync("BG-07");
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Access-Purpose", "data-subject-request");
        using var ok = await client.GetAsync($"/api/assessment/victims/{victim}");
        using var unknown = await host.CreateClient().GetAsync($"/api/assessment/victims/{victim}?purpose=curiosity");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("data-subject-request", (await LastRowAsync()).Purpose);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Theory]
    [InlineData("UPDATE audit.personal_data_reads SET purpose = 'assessment'")]
    [InlineData("DELETE FROM audit.personal_data_reads")]
    [InlineData("TRUNCATE audit.personal_data_reads")]
    public async Task The_service_login_cannot_change_or_remove_rows(string sql)
    {
        var victim = await host.RegisterAsync("BG-07");
        using (await host.CreateClient().GetAsync($"/api/assessment/victims/{victim}?purpose=assessment"))
        {
        }
        var before = await RowsAsync();

        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task The_superuser_cannot_change_rows_while_the_trigger_stands()
    {
        var victim = await host.RegisterAsync("BG-07");
        using (await host.CreateClient().GetAsync($"/api/assessment/victims/{victim}?purpose=assessment"))
        {
        }
        var refused = await Assert.ThrowsAsync<PostgresException>(() => host.Database.ExecuteAsync($"DELETE FROM {ReadLog}"));
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_changed_by_the_superuser_is_named_by_the_chain_check()
    {
        var victim = await host.RegisterAsync("BG-07");
        for (var i = 0; i < 3; i++)
        {
            using var read = await host.CreateClient().GetAsync($"/api/assessment/victims/{victim}?purpose=assessment");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        Assert.True((await VerifyAsync()).GetProperty("intact").GetBoolean());
        var target = await host.Database.ScalarAsync<long>($"SELECT max(id) - 1 FROM {ReadLog}");

        await host.Database.ExecuteAsync($"""
            ALTER TABLE {ReadLog} DISABLE TRIGGER personal_data_reads_no_update_or_delete;
            UPDATE {ReadLog} SET purpose = 'court-proceedings' WHERE id = {target};
            ALTER TABLE {ReadLog} ENABLE ALWAYS TRIGGER personal_data_reads_no_update_or_delete;
            """);

        var verification = await VerifyAsync();
        Assert.False(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(target, verification.GetProperty("firstBrokenRow").GetInt64());
    }

    [Fact]
    public async Task A_read_log_that_cannot_be_written_makes_the_read_503_and_serves_nothing()
    {
        var victim = await host.RegisterAsync("BG-07", fullName: "Неодитирана Четена", nationalId: "8802294567");
        await host.Database.ExecuteAsync($"""REVOKE INSERT ON {ReadLog} FROM "{host.Database.Name}" """);
        try
        {
            using var read = await host.CreateClient().GetAsync($"/api/assessment/victims/{victim}?purpose=assessment");
            using var lookup = await Lookup(host.CreateClient(), "8802294567");

            foreach (var response in new[] { read, lookup })
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.DoesNotContain("Неодитирана", body, StringComparison.Ordinal);
                Assert.DoesNotContain("8802294567", body, StringComparison.Ordinal);
            }
        }
        finally
        {
            await host.Database.ExecuteAsync($"""GRANT INSERT ON {ReadLog} TO "{host.Database.Name}" """);
        }
    }

    private static Task<HttpResponseMessage> Lookup(HttpClient client, string nationalId)
    {
        client.DefaultRequestHeaders.Remove("X-Access-Purpose");
        client.DefaultRequestHeaders.Add("X-Access-Purpose", "court-proceedings");
        return client.PostAsJsonAsync("/api/assessment/victims/lookup", new { nationalId });
    }

    private async Task<HttpClient> BreakTheGlassAsync(Guid victim)
    {
        var coordinator = await host.CreateClientAsync("regional-coordinator", "BG-09");
        using var granted = await coordinator.PostAsJsonAsync($"/api/assessment/victims/{victim}/break-the-glass",
            new { reason = "Спешно изслушване в друг район" });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        return coordinator;
    }

    private async Task<JsonElement> VerifyAsync()
    {
        using var response = await host.CreateClient().GetAsync("/api/assessment/read-audit/verification");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private Task<long> RowsAsync() => host.Database.ScalarAsync<long>($"SELECT count(*) FROM {ReadLog}");

    private async Task<(string Subject, string Purpose, string Outcome)> LastRowAsync()
    {
        await using var connection = new NpgsqlConnection(host.Database.SuperuserConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT subject, purpose, outcome FROM {ReadLog} ORDER BY id DESC LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }
}
