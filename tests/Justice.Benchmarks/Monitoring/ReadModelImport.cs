using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Justice.Benchmarks.Monitoring;

/// <summary>What <see cref="ReadModelImport"/> wrote, and how long it took.</summary>
public sealed record ImportSummary(long Subjects, long CountRows, IReadOnlyDictionary<string, long> Totals, TimeSpan Elapsed);

/// <summary>
/// Writes counted subjects straight into Monitoring's read model with binary COPY, and the monthly counts that sum them
/// (by region, month, measure and breakdown), as the service's own writer would have left them. Counts merge with any
/// already there (events the service applied before), so the subjects and the counts stay in step.
/// </summary>
public sealed class ReadModelImport : IDisposable
{
    private readonly NpgsqlBinaryImporter _subjects;
    private readonly Dictionary<(string Region, DateOnly Month, string Measure, string Dimension), long> _counts = [];
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly NpgsqlConnection _connection;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _written;

    public ReadModelImport(NpgsqlConnection connection)
    {
        _connection = connection;
        _subjects = connection.BeginBinaryImport("""
            COPY counted_subjects (kind, subject_id, owner_id, region_code, month, dimension, weight, occurred_at)
            FROM STDIN (FORMAT BINARY)
            """);
    }

    /// <summary>A subject that counts: in <paramref name="region"/> (empty: none), in the month of <paramref name="occurredAt"/>.</summary>
    public void Add(string kind, Guid subjectId, string region, DateTimeOffset occurredAt, string dimension, long weight = 1,
        Guid? ownerId = null)
    {
        var month = new DateOnly(occurredAt.Year, occurredAt.Month, 1);
        _subjects.StartRow();
        _subjects.Write(kind, NpgsqlDbType.Varchar);
        _subjects.Write(subjectId, NpgsqlDbType.Uuid);
        if (ownerId is { } owner)
        {
            _subjects.Write(owner, NpgsqlDbType.Uuid);
        }
        else
        {
            _subjects.WriteNull();
        }
        _subjects.Write(region, NpgsqlDbType.Varchar);
        _subjects.Write(month, NpgsqlDbType.Date);
        _subjects.Write(dimension, NpgsqlDbType.Varchar);
        _subjects.Write(weight, NpgsqlDbType.Bigint);
        _subjects.Write(occurredAt, NpgsqlDbType.TimestampTz);
        _written++;
        var key = (region, month, kind, dimension);
        _counts[key] = _counts.GetValueOrDefault(key) + weight;
        _totals[kind] = _totals.GetValueOrDefault(kind) + weight;
    }

    /// <summary>Ends the subjects' COPY, then copies the counts in and merges them, all stamped <paramref name="updatedAt"/>.</summary>
    public ImportSummary Complete(DateTimeOffset updatedAt)
    {
        _subjects.Complete();
        _subjects.Dispose();
        Execute("CREATE TEMP TABLE imported_counts (LIKE monthly_counts)");
        using (var counts = _connection.BeginBinaryImport("""
            COPY imported_counts (region_code, month, measure, dimension, value, updated_at) FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var ((region, month, measure, dimension), value) in _counts)
            {
                counts.WriteRow(region, month, measure, dimension, value, updatedAt);
            }
            counts.Complete();
        }
        Execute("""
            INSERT INTO monthly_counts SELECT * FROM imported_counts
            ON CONFLICT (region_code, month, measure, dimension)
            DO UPDATE SET value = monthly_counts.value + excluded.value, updated_at = excluded.updated_at
            """);
        Execute("DROP TABLE imported_counts");
        Execute("ANALYZE counted_subjects; ANALYZE monthly_counts");
        return new ImportSummary(_written, _counts.Count, _totals, _clock.Elapsed);
    }

    public void Dispose() => _subjects.Dispose();

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        command.ExecuteNonQuery();
    }
}
