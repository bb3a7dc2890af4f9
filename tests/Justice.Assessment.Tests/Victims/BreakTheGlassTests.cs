using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Justice.Assessment.Tests.Victims;

/// <summary>Assessment on a clock of the test's own.</summary>
public sealed class ClockedAssessmentHost : AssessmentHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureAssessment(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>A coordinator of another region reads a record by breaking the glass: for 60 minutes, audited, reviewed.</summary>
public sealed class BreakTheGlassTests(ClockedAssessmentHost host) : IClassFixture<ClockedAssessmentHost>
{
    [Fact]
    public async Task Another_regions_coordinator_reads_the_record_for_60_minutes_after_breaking_the_glass()
    {
        var victim = await host.RegisterAsync("BG-05", fullName: "Спешна Жертва");
        var coordinator = await host.CreateClientAsync("regional-coordinator", "BG-12");
        coordinator.DefaultRequestHeaders.Add("X-Access-Purpose", "case-cooperation");

        using (var before = await coordinator.GetAsync($"/api/assessment/victims/{victim}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }
        using (var granted = await coordinator.PostAsJsonAsync($"/api/assessment/victims/{victim}/break-the-glass",
            new { reason = "Детето е настанено спешно в нашия район" }))
        {
            Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        }
        using (var during = await coordinator.GetAsync($"/api/assessment/victims/{victim}"))
        {
            var record = JsonDocument.Parse(await during.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
            Assert.Equal("break-the-glass", record.GetProperty("access").GetString());
            Assert.Equal("Спешна Жертва", record.GetProperty("personal").GetProperty("fullName").GetString());
        }

        host.Clock.Advance(TimeSpan.FromMinutes(61));
        using (var after = await coordinator.GetAsync($"/api/assessment/victims/{victim}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        }
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit.security_audit WHERE action = 'victim-break-the-glass' AND subject = 'victim/{victim}'"));
    }

    [Fact]
    public async Task National_admins_review_every_grant_with_its_reason()
    {
        var victim = await host.RegisterAsync("BG-05");
        var coordinator = await host.CreateClientAsync("regional-coordinator", "BG-13");
        using (await coordinator.PostAsJsonAsync($"/api/assessment/victims/{victim}/break-the-glass", new { reason = "Разпит утре сутрин" }))
        {
        }

        var review = await host.CreateClient().GetFromJsonAsync<JsonElement>("/api/assessment/victims/break-the-glass");

        var grant = review.GetProperty("items").EnumerateArray().Single(g => g.GetProperty("victimId").GetGuid() == victim);
        Assert.Equal("BG-13", grant.GetProperty("granteeRegion").GetString());
        Assert.Equal("Разпит утре сутрин", grant.GetProperty("reason").GetString());
        Assert.Equal(TimeSpan.FromMinutes(60),
            grant.GetProperty("expiresAt").GetDateTimeOffset() - grant.GetProperty("grantedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_coordinator_of_the_victims_own_region_needs_no_glass_broken_and_a_reason_is_required()
    {
        var victim = await host.RegisterAsync("BG-05");
        var own = await host.CreateClientAsync("regional-coordinator", "BG-05");
        var other = await host.CreateClientAsync("regional-coordinator", "BG-14");

        using var ownRegion = await own.PostAsJsonAsync($"/api/assessment/victims/{victim}/break-the-glass", new { reason = "x" });
        using var noReason = await other.PostAsJsonAsync($"/api/assessment/victims/{victim}/break-the-glass", new { reason = " " });
        using var unknown = await other.PostAsJsonAsync($"/api/assessment/victims/{Guid.NewGuid()}/break-the-glass", new { reason = "x" });

        Assert.Equal(HttpStatusCode.Conflict, ownRegion.StatusCode);
        await VictimProblems.AssertFieldsAsync(noReason, "reason");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
