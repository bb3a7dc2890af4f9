extern alias MonitoringService;

using Microsoft.Extensions.DependencyInjection;
using MonitoringService::Justice.Monitoring.ReadModel;
using Npgsql;

namespace Justice.Monitoring.Tests.ReadModel;

/// <summary>
/// The read model's safety look (every second here): a change nobody announced is read, and when nothing changed the
/// counts are not built again for nothing.
/// </summary>
public sealed class SafetyReadTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    [Fact]
    public async Task A_change_nobody_announced_is_read_at_the_next_look_and_nothing_is_read_when_nothing_changed()
    {
        var live = host.Services.GetRequiredService<LiveReadModel>();
        await host.SettledAsync();
        var quiet = live.Current;

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var afterQuiet = live.Current;
        await using (var connection = new NpgsqlConnection(host.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var unannounced = new NpgsqlCommand("""
                INSERT INTO monthly_counts (region_code, month, measure, dimension, value, updated_at)
                VALUES ('BG-27', DATE '2026-02-01', 'victims-assessed', 'adult', 7, now())
                """, connection);
            await unannounced.ExecuteNonQueryAsync();
        }
        var read = await Justice.Testing.Eventually.Within(TimeSpan.FromSeconds(10), () => Task.FromResult(live.Current),
            current => !ReferenceEquals(current, afterQuiet));

        Assert.Same(quiet, afterQuiet);
        Assert.NotSame(afterQuiet, read);
    }

    [Fact]
    public async Task The_version_moves_with_a_count_and_a_target_and_stays_when_nothing_changes()
    {
        var reader = host.Services.GetRequiredService<CountsReader>();
        var first = await reader.VersionAsync(CancellationToken.None);
        var again = await reader.VersionAsync(CancellationToken.None);
        await ExecuteAsync("INSERT INTO regional_targets (region_code, indicator, target, set_by, set_at) VALUES ('BG-26', 'victims-assessed', 12, 'test', now())");
        var targeted = await reader.VersionAsync(CancellationToken.None);
        await ExecuteAsync("""
            INSERT INTO monthly_counts (region_code, month, measure, dimension, value, updated_at)
            VALUES ('BG-26', DATE '2026-03-01', 'teams-formed', '', 1, now())
            """);
        var counted = await reader.VersionAsync(CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(again, targeted);
        Assert.NotEqual(targeted, counted);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
