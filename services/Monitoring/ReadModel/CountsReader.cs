using Justice.Monitoring.Domain;
using Npgsql;

namespace Justice.Monitoring.ReadModel;

/// <summary>Reads every monthly count (tens of thousands of rows at national scale, not the subjects behind them).</summary>
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
        return CountsSnapshot.Build(rows, asOf == DateTimeOffset.MinValue ? time.GetUtcNow() : asOf);
    }
}
