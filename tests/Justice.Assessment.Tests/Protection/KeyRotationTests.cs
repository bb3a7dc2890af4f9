using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Assessment.Protection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Justice.Assessment.Tests.Protection;

/// <summary>
/// Key rotation while the service runs: a new key encrypts new writes, rows under an old key still read, and after the
/// rotate command no row (and no cipher text) is under an old key.
/// </summary>
public sealed class KeyRotationTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Fact]
    public async Task New_writes_use_a_new_key_old_rows_still_read_and_rotation_leaves_no_row_under_an_old_key()
    {
        var keys = host.Assessment.Services.GetRequiredService<FieldKeys>();
        var old = await host.RegisterAsync("BG-11", fullName: "Стара Ключова", nationalId: "7501010010");
        var oldKey = keys.CurrentId;

        var added = keys.AddKey();
        var fresh = await host.RegisterAsync("BG-11", fullName: "Нова Ключова");

        Assert.Equal(oldKey, (await KeysOfAsync(old)).Single());
        Assert.Equal(added, (await KeysOfAsync(fresh)).Single());
        Assert.Equal("Стара Ключова", await FullNameAsync(old));

        using var rotated = await host.CreateClient().PostAsync("/api/assessment/keys/rotate", null);
        var result = JsonDocument.Parse(await rotated.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var current = result.GetProperty("keyId").GetInt32();
        Assert.Equal(added + 1, current);
        Assert.True(result.GetProperty("reencrypted").GetInt32() >= 2);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"SELECT count(*) FROM victims WHERE key_id <> {current}"));
        Assert.Equal([current], await KeysOfAsync(old));
        Assert.Equal([current], await KeysOfAsync(fresh));
        Assert.Equal("Стара Ключова", await FullNameAsync(old));
        Assert.Equal("Нова Ключова", await FullNameAsync(fresh));
        using var found = await host.CreateClient().PostAsJsonAsync("/api/assessment/victims/lookup?purpose=assessment", new { nationalId = "7501010010" });
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(2L, await host.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit.security_audit WHERE action = 'field-keys-rotate'"));
    }

    [Fact]
    public async Task A_key_the_operators_added_is_taken_up_and_every_row_reencrypted_under_it_without_a_key_of_its_own()
    {
        var keys = host.Assessment.Services.GetRequiredService<FieldKeys>();
        var victim = await host.RegisterAsync("BG-12", fullName: "Ключ Оператор");
        var next = keys.CurrentId + 1;
        // As an operator adds it to the Secret the service reads its keys from.
        await File.WriteAllTextAsync(Path.Combine(host.KeysPath, $"field-{next:D4}.key"),
            Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

        using var reencrypted = await host.CreateClient().PostAsync("/api/assessment/keys/reencrypt", null);
        var result = JsonDocument.Parse(await reencrypted.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, reencrypted.StatusCode);
        Assert.Equal(next, result.GetProperty("keyId").GetInt32());
        Assert.Equal(next, keys.CurrentId);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"SELECT count(*) FROM victims WHERE key_id <> {next}"));
        Assert.Equal([next], await KeysOfAsync(victim));
        Assert.Equal("Ключ Оператор", await FullNameAsync(victim));
        Assert.Equal(next, Directory.GetFiles(host.KeysPath, "field-*.key").Length);
    }

    [Fact]
    public async Task Only_national_admins_may_rotate()
    {
        foreach (var role in new[] { "regional-coordinator", "practitioner", "evaluator", "trainer", "publicity-editor" })
        {
            var client = await host.CreateClientAsync(role, "BG-11");
            using var response = await client.PostAsync("/api/assessment/keys/rotate", null);
            using var reencrypt = await client.PostAsync("/api/assessment/keys/reencrypt", null);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, reencrypt.StatusCode);
        }
    }

    /// <summary>The key number at the head of every cipher text of the row, as stored.</summary>
    private async Task<int[]> KeysOfAsync(Guid victim)
    {
        await using var connection = new NpgsqlConnection(host.Database.SuperuserConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT key_id, full_name, date_of_birth, national_id, contact, legal_representative, notes FROM victims WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = victim });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var keys = new HashSet<int> { reader.GetInt32(0) };
        for (var i = 1; i < reader.FieldCount; i++)
        {
            if (!reader.IsDBNull(i))
            {
                keys.Add(FieldProtector.KeyIdOf((byte[])reader[i]));
            }
        }
        return [.. keys];
    }

    private async Task<string> FullNameAsync(Guid victim)
    {
        using var response = await host.CreateClient().GetAsync($"/api/assessment/victims/{victim}?purpose=assessment");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personal").GetProperty("fullName").GetString()!;
    }
}
