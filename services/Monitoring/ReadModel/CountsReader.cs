using Justice.Monitoring.Domain;
using Npgsql;

namespace Justice.Monitoring.ReadModel;

/// <summary>Reads every monthly count (tens of thousands of rows at national scale, not the subjects behind them) and the regions' set targets.</summary>
public sealed class CountsReader(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>
    /// What the counts and targets are at, in a few numbers: every write of a count moves the counts' total or stamps its
    /// row's time, and a target set or removed moves the targets' count or sum. Equal versions mean nothing to read again.
    /// </summary>
    public async Task<CountsVersion> VersionAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT count(*), coalesce(sum(value), 0)::bigint, max(updated_at),
                   (SELECT count(*) FROM regional_targets), (SELECT coalesce(sum(target), 0)::double precision FROM regional_targets)
            FROM monthly_counts
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CountsVersion(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            reader.GetInt64(3), reader.GetDouble(4));
    }

    public async Task<CountsSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var counts = new CountsSnapshot.Builder();
        var asOf = DateTimeOffset.MinValue;
        await using var command = dataSource.CreateCommand(
            "SELECT region_code, month, measure, dimension, value, updated_at FROM monthly_counts WHERE value <> 0");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new CountRow(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3),
                reader.GetInt64(4)));
            var updatedAt = reader.GetFieldValue<DateTimeOffset>(5);
            asOf = updatedAt > asOf ? updatedAt : asOf;
        }
        await reader.CloseAsync();
        var targets = new List<(string, string, double)>();
        await using var targetsCommand = dataSource.CreateCommand("SELECT region_code, indicator, target FROM regional_targets");
        await using var targetRows = await targetsCommand.ExecuteReaderAsync(cancellationToken);
        while (await targetRows.ReadAsync(cancellationToken))
        {
            targets.Add((targetRows.GetString(0), targetRows.GetString(1), targetRows.GetDouble(2)));
        }
        return counts.Build(asOf == DateTimeOffset.MinValue ? time.GetUtcNow() : asOf, targets);
    }
}

/// <summary>See <see cref="CountsReader.VersionAsync"/>.</summary>
public sealed record CountsVersion(long Counts, long Total, DateTimeOffset? LastCount, long Targets, double TargetSum);
