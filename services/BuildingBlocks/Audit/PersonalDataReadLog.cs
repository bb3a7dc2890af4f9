using Justice.Security;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Justice.Audit;

/// <summary>One read of someone's personal data: who (user, role, region), when, whose, why, outcome. Never the data.</summary>
public sealed record PersonalDataRead(
    DateTimeOffset OccurredAt, string Actor, string Role, string? Region, string Subject, string Purpose, string Outcome,
    string? CorrelationId);

/// <summary>
/// Writes reads of personal data to <c>audit.personal_data_reads</c> at once, on a connection of its own, and checks
/// its hash chain. A row that cannot be written throws: the caller refuses the read rather than serve it unrecorded.
/// </summary>
public sealed class PersonalDataReadLog(NpgsqlDataSource database, TimeProvider clock)
{
    /// <summary>Records a read by the caller of <paramref name="http"/> (their first role, their region).</summary>
    public Task RecordAsync(HttpContext http, string subject, string purpose, string outcome) =>
        RecordAsync(new PersonalDataRead(
            clock.GetUtcNow(),
            Cut(http.User.UserId() ?? "anonymous", PersonalDataReadModel.TextMaxLength),
            Cut(http.User.FindFirst(JusticeClaims.Role)?.Value ?? "none", PersonalDataReadModel.ShortMaxLength),
            http.User.RegionCode() is { } region ? Cut(region, PersonalDataReadModel.ShortMaxLength) : null,
            Cut(subject, PersonalDataReadModel.TextMaxLength),
            Cut(purpose, PersonalDataReadModel.ShortMaxLength),
            Cut(outcome, PersonalDataReadModel.ShortMaxLength),
            http.Request.Headers["X-Correlation-Id"].ToString() is { Length: > 0 and <= SecurityAuditModel.CorrelationIdMaxLength } id ? id : null));

    /// <summary>Adds one row; the database numbers it and chains its hash.</summary>
    public async Task RecordAsync(PersonalDataRead read)
    {
        await using var command = database.CreateCommand($"""
            INSERT INTO {PersonalDataReadModel.QualifiedTable} (occurred_at, actor, role, region, subject, purpose, outcome, correlation_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """);
        object?[] values = [read.OccurredAt, read.Actor, read.Role, read.Region, read.Subject, read.Purpose, read.Outcome, read.CorrelationId];
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>
    /// The id of the first row whose hash does not match its content and its predecessor's hash (or that does not
    /// point at its predecessor), or null when the whole chain holds.
    /// </summary>
    public async Task<long?> FirstBrokenRowAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            SELECT id FROM (
              SELECT r.id, r.hash, r.previous_hash,
                     coalesce(lag(r.hash) OVER (ORDER BY r.id), '\x'::bytea) AS expected_previous,
                     {PersonalDataReadModel.HashFunction}(r.previous_hash, r) AS expected_hash
              FROM {PersonalDataReadModel.QualifiedTable} r) chain
            WHERE hash <> expected_hash OR previous_hash <> expected_previous
            ORDER BY id LIMIT 1
            """);
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    /// <summary>How many reads the log holds.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT count(*) FROM {PersonalDataReadModel.QualifiedTable}");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string Cut(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
