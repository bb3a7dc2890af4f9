using System.Net;
using System.Net.Http.Json;
using Justice.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>Assessment on a clock the test moves.</summary>
public sealed class ClockedFeedbackHost : FeedbackHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureAssessment(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class FeedbackCodeExpiryTests(ClockedFeedbackHost host) : IClassFixture<ClockedFeedbackHost>
{
    [Fact]
    public async Task A_code_works_for_30_days_and_not_after()
    {
        var lasting = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05"));
        var expiring = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05"));
        var victim = host.CreateAnonymousClient();

        host.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        using var inTime = await victim.PostAsJsonAsync("/api/assessment/feedback/answers", new { code = lasting, answers = new { safe = "5" } });
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        using var late = await victim.PostAsJsonAsync("/api/assessment/feedback/answers", new { code = expiring, answers = new { safe = "5" } });
        using var lateQuestionnaire = await victim.PostAsJsonAsync("/api/assessment/feedback/questionnaire", new { code = expiring });

        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        await Problem.AssertFieldsAsync(late, "code");
        await Problem.AssertFieldsAsync(lateQuestionnaire, "code");
        Assert.Equal(1L, await host.Database.ScalarAsync<long>("SELECT count(*) FROM feedback_answers"));
    }
}
