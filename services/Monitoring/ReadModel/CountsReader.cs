using Justice.Monitoring.Domain;
using Npgsql;

namespace Justice.Monitoring.ReadModel;

/// <summary>Reads every monthly count (tens of thousands of rows at national scale, not the subjects behind them) and the regions' set targets.</summary>
public sealed class CountsReader(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<CountsSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = new List<CountRow>();
        var asOf = DateTimeOffset.MinValue;
        await using var command = dataSource.CreateCommand(
            "SELECT region_code, month, measure, dimension, value, updated_at FROM monthly_counts WHERE value <> 0");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new CountRow(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3),
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
        return CountsSnapshot.Build(rows, asOf == DateTimeOffset.MinValue ? time.GetUtcNow() : asOf, targets);
    }
}
