extern alias NetworkService;

using System.Text.Json;
using Justice.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NetworkService::Justice.Network.Data;
using NetworkService::Justice.Network.Domain.Referrals;
using NetworkService::Justice.Network.Referrals;
using Npgsql;

namespace Justice.Network.Tests.Referrals;

/// <summary>
/// Finding overdue referrals, on a clock the test holds: not before the deadline, just after it, once only, never for
/// a referral that is over, and once however many instances look at the same moment.
/// </summary>
[Collection(ReferralsCollection.Name)]
public sealed class OverdueReferralTests(NetworkHost host)
{
    private const string Region = "BG-16";
    private readonly ReferralScene _scene = new(host.Services);

    /// <summary>A deadline in whole seconds, days ahead of the real clock (which the service's own job runs on).</summary>
    private static DateTimeOffset Deadline(int days = 3) => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddDays(days).ToUnixTimeSeconds());

    [Fact]
    public async Task A_referral_is_not_overdue_up_to_its_deadline_and_is_reported_just_after()
    {
        var dueBy = Deadline();
        var @case = await _scene.CaseAsync(Region);
        var id = await ReferralScene.IssueAsync(await host.CreateAdminClientAsync(), @case, dueBy);
        var clock = new FakeTimeProvider(dueBy.AddMinutes(-1));

        await ReportAsync(clock);
        var beforeDeadline = await ReportedAtAsync(id);
        clock.SetUtcNow(dueBy);
        await ReportAsync(clock);
        var atDeadline = await ReportedAtAsync(id);
        clock.Advance(TimeSpan.FromSeconds(1));
        await ReportAsync(clock);

        Assert.Null(beforeDeadline);
        Assert.Null(atDeadline);
        Assert.Equal(dueBy.AddSeconds(1), await ReportedAtAsync(id));
        var events = await OverdueEventsAsync(id);
        var evt = Assert.Single(events);
        Assert.Equal(@case.CaseId, evt.GetProperty("caseId").GetGuid());
        Assert.Equal(Region, evt.GetProperty("regionCode").GetString());
        Assert.Equal(@case.To, evt.GetProperty("toInstitutionId").GetGuid());
        Assert.Equal(dueBy, evt.GetProperty("dueBy").GetDateTimeOffset());
        Assert.Equal(dueBy.AddSeconds(1), evt.GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_overdue_referral_is_reported_once_however_often_the_job_looks()
    {
        var dueBy = Deadline();
        var admin = await host.CreateAdminClientAsync();
        var @case = await _scene.CaseAsync(Region);
        var sent = await ReferralScene.IssueAsync(admin, @case, dueBy);
        var accepted = await ReferralScene.IssueAsync(admin, @case, dueBy);
        await ReferralScene.DoAsync(admin, accepted, "accept");
        var clock = new FakeTimeProvider(dueBy.AddHours(1));

        await ReportAsync(clock);
        clock.Advance(TimeSpan.FromDays(1));
        await ReportAsync(clock);
        clock.Advance(TimeSpan.FromDays(30));
        await ReportAsync(clock);

        foreach (var id in new[] { sent, accepted })
        {
            Assert.Single(await OverdueEventsAsync(id));
            Assert.Equal(dueBy.AddHours(1), await ReportedAtAsync(id));
        }
    }

    [Fact]
    public async Task Completed_rejected_and_revoked_referrals_are_never_overdue()
    {
        var dueBy = Deadline();
        var admin = await host.CreateAdminClientAsync();
        var @case = await _scene.CaseAsync(Region);
        var completed = await ReferralScene.IssueAsync(admin, @case, dueBy);
        await ReferralScene.DoAsync(admin, completed, "accept");
        await ReferralScene.DoAsync(admin, completed, "complete");
        var rejected = await ReferralScene.IssueAsync(admin, @case, dueBy);
        await ReferralScene.DoAsync(admin, rejected, "reject", new { reason = "Извън компетентността ни." });
        var revoked = await ReferralScene.IssueAsync(admin, @case, dueBy);
        await ReferralScene.DoAsync(admin, revoked, "revoke");
        var stillOpen = await ReferralScene.IssueAsync(admin, @case, dueBy);

        await ReportAsync(new FakeTimeProvider(dueBy.AddDays(10)));

        foreach (var id in new[] { completed, rejected, revoked })
        {
            Assert.Null(await ReportedAtAsync(id));
            Assert.Empty(await OverdueEventsAsync(id));
        }
        Assert.Single(await OverdueEventsAsync(stillOpen));
    }

    [Fact]
    public async Task Several_instances_looking_at_once_report_each_referral_exactly_once()
    {
        var dueBy = Deadline(5);
        var @case = await _scene.CaseAsync(Region);
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await ReferralScene.IssueAsync(await host.CreateAdminClientAsync(), @case, dueBy));
        }
        var clock = new FakeTimeProvider(dueBy.AddMinutes(1));

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => ReportAsync(clock, batchSize: 3))));

        Assert.True(counts.Sum() >= ids.Count, $"reported {counts.Sum()}");
        Assert.Equal(40L, await host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'ReferralOverdue' and payload->>'caseId' = '{@case.CaseId}'"));
        Assert.Equal(40L, await host.Database.ScalarAsync<long>(
            $"select count(distinct payload->>'referralId') from outbox_messages where type = 'ReferralOverdue' and payload->>'caseId' = '{@case.CaseId}'"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"select count(*) from referrals where case_id = '{@case.CaseId}' and overdue_reported_at is null"));
    }

    [Fact]
    public async Task A_referral_another_instance_holds_is_skipped_not_waited_for_and_reported_later()
    {
        var dueBy = Deadline();
        var admin = await host.CreateAdminClientAsync();
        var @case = await _scene.CaseAsync(Region);
        var held = await ReferralScene.IssueAsync(admin, @case, dueBy);
        var free = await ReferralScene.IssueAsync(admin, @case, dueBy);
        var clock = new FakeTimeProvider(dueBy.AddMinutes(1));

        await using (var other = new NpgsqlConnection(host.Database.SuperuserConnectionString))
        {
            await other.OpenAsync();
            await using var transaction = await other.BeginTransactionAsync();
            await using var lockRow = new NpgsqlCommand($"select id from referrals where id = '{held}' for update", other, transaction);
            await lockRow.ExecuteScalarAsync();

            await ReportAsync(clock).WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Null(await ReportedAtAsync(held));
            Assert.NotNull(await ReportedAtAsync(free));
            await transaction.RollbackAsync();
        }
        await ReportAsync(clock);

        Assert.Single(await OverdueEventsAsync(held));
        Assert.Single(await OverdueEventsAsync(free));
    }

    [Fact]
    public async Task Reporting_a_referral_overdue_does_not_refuse_a_worker_who_read_it_before()
    {
        var dueBy = Deadline();
        var id = await ReferralScene.IssueAsync(await host.CreateAdminClientAsync(), await _scene.CaseAsync(Region), dueBy);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var readBefore = await db.Referrals.SingleAsync(r => r.Id == id);

        await ReportAsync(new FakeTimeProvider(dueBy.AddMinutes(1)));
        readBefore.Apply(ReferralAction.Accept, dueBy.AddMinutes(2), "worker");
        await db.SaveChangesAsync();

        Assert.Equal("Accepted", await host.Database.ScalarAsync<string>($"select state from referrals where id = '{id}'"));
        Assert.Equal(dueBy.AddMinutes(1), await ReportedAtAsync(id));
    }

    /// <summary>Runs the detection the job runs, on <paramref name="clock"/>, in a scope of its own (an instance of its own).</summary>
    private async Task<int> ReportAsync(TimeProvider clock, int batchSize = 100)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var reporter = new OverdueReferralReporter(scope.ServiceProvider.GetRequiredService<NetworkDbContext>(),
            scope.ServiceProvider.GetRequiredService<IOutbox>(), clock, Options.Create(new ReferralOptions { OverdueBatchSize = batchSize }),
            scope.ServiceProvider.GetRequiredService<NetworkService::Justice.Network.NetworkMetrics>());
        return await reporter.ReportAsync(CancellationToken.None);
    }

    private async Task<DateTimeOffset?> ReportedAtAsync(Guid id)
    {
        var value = await host.Database.ScalarAsync<object>($"select overdue_reported_at from referrals where id = '{id}'");
        return value is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    private async Task<IReadOnlyList<JsonElement>> OverdueEventsAsync(Guid id)
    {
        var payloads = await host.Database.ScalarAsync<object>(
            $"select coalesce(json_agg(payload), '[]'::json)::text from outbox_messages where type = 'ReferralOverdue' and payload->>'referralId' = '{id}'");
        return [.. JsonDocument.Parse((string)payloads).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
