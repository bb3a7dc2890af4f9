using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Justice.Testing;
using Npgsql;

namespace Justice.Assessment.Tests.Victims;

/// <summary>
/// A victim's personal data goes into the database encrypted and comes out only through the API: canaries written
/// through the API are found again by national id, and are nowhere in pg_dump, the service's logs or the outbox.
/// </summary>
public sealed class VictimCanaryTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private const string Name = "Канарче Тестово Птиченцева";
    private const string BirthDate = "2013-07-19";
    private const string NationalId = "0452101238";
    private const string Note = "canary-note-7f3a9c: детето се страхува от съседа";

    [Fact]
    public async Task Canaries_are_found_by_national_id_and_nowhere_in_the_database_dump_logs_or_outbox()
    {
        var admin = host.CreateClient();
        using (var created = await admin.PostAsJsonAsync("/api/assessment/victims",
            AssessmentHost.VictimBody("BG-05", Name, NationalId, Note, BirthDate)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var view = await created.Content.ReadAsStringAsync();
            Assert.DoesNotContain(Name, view, StringComparison.Ordinal);
            Assert.Equal("child", JsonDocument.Parse(view).RootElement.GetProperty("ageGroup").GetString());
        }

        using var found = await admin.PostAsJsonAsync("/api/assessment/victims/lookup?purpose=assessment", new { nationalId = NationalId });
        var record = JsonDocument.Parse(await found.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var personal = record.GetProperty("personal");
        Assert.Equal(Name, personal.GetProperty("fullName").GetString());
        Assert.Equal(BirthDate, personal.GetProperty("dateOfBirth").GetString());
        Assert.Equal(NationalId, personal.GetProperty("nationalId").GetString());
        Assert.Equal(Note, personal.GetProperty("notes").GetString());

        var dump = await PgDumpAsync();
        Assert.Contains("victims", dump, StringComparison.Ordinal); // the dump holds the table
        var outbox = await host.Database.ScalarAsync<string>("SELECT coalesce(string_agg(payload::text || type, ' '), '') FROM outbox_messages");
        var logs = string.Join('\n', host.Assessment.Logs.Lines);
        Assert.NotEmpty(logs);
        foreach (var canary in new[] { Name, "Канарче", BirthDate, NationalId, "canary-note-7f3a9c" })
        {
            // Clear text, and the hex a bytea column would show were it stored unencrypted.
            var hex = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(canary));
            Assert.DoesNotContain(canary, dump, StringComparison.Ordinal);
            Assert.DoesNotContain(hex, dump, StringComparison.Ordinal);
            Assert.DoesNotContain(canary, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(canary, outbox, StringComparison.Ordinal);
        }
    }

    private async Task<string> PgDumpAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(TestServers.Postgres);
        var start = new ProcessStartInfo("/usr/lib/postgresql/15/bin/pg_dump")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--host", server.Host!, "--port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--username", server.Username!, "--no-password", host.Database.Name },
        };
        start.Environment["PGPASSWORD"] = server.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
