using Justice.Assessment.Victims;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Assessment.Tests.Victims;

/// <summary>What the rest of the service asks about a victim without reading personal data.</summary>
public sealed class VictimDirectoryTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Fact]
    public async Task A_victims_summary_is_pseudonymous_and_writes_no_read_log_row()
    {
        var victim = await host.RegisterAsync("BG-20");
        var before = await host.Database.ScalarAsync<long>("SELECT count(*) FROM audit.personal_data_reads");
        await using var scope = host.Assessment.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<VictimDirectory>();

        var summary = await directory.FindAsync(victim, CancellationToken.None);
        var nobody = await directory.FindAsync(Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(new VictimSummary(victim, "BG-20", "child", "female", "bg"), summary);
        Assert.Null(nobody);
        Assert.Equal(before, await host.Database.ScalarAsync<long>("SELECT count(*) FROM audit.personal_data_reads"));
    }
}
