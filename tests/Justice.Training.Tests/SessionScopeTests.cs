using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>
/// A session's trainers read its participants' names: each must be a trainer of the session's region (any region for
/// a national session). And a session is completed only once it has started.
/// </summary>
public sealed class SessionScopeTests(PublishedFrameworkHost host) : IClassFixture<PublishedFrameworkHost>
{
    private const string Region = "BG-13";

    [Theory]
    [InlineData("trainer", "BG-14")]
    [InlineData("practitioner", Region)]
    [InlineData("regional-coordinator", Region)]
    public async Task A_regional_session_refuses_an_account_that_is_not_a_trainer_of_its_region(string role, string region)
    {
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", Region));
        var ownTrainer = Jwt.Subject(await host.Identity.UserTokenAsync("trainer", Region));
        var stranger = Jwt.Subject(await host.Identity.UserTokenAsync(role, region));

        using var response = await PlanAsync(coordinator, Region, ownTrainer, stranger);

        var fields = await Problem.AssertFieldsAsync(response, "trainerIds[1]");
        Assert.Equal(["trainerIds[1]"], fields);
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from training_sessions where '{stranger}' = any(trainer_ids)"));
    }

    [Fact]
    public async Task A_national_admin_who_may_look_up_every_account_still_cannot_give_a_regional_session_another_regions_trainer()
    {
        // Identity tells a coordinator nothing of another region's accounts, but tells a national admin everything:
        // here only Training's own check of the session's region stands in the way.
        var admin = host.CreateClient();
        var stranger = Jwt.Subject(await host.Identity.UserTokenAsync("trainer", "BG-14"));

        using var response = await PlanAsync(admin, Region, stranger);

        Assert.Equal(["trainerIds[0]"], await Problem.AssertFieldsAsync(response, "trainerIds[0]"));
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from training_sessions where '{stranger}' = any(trainer_ids)"));
    }

    [Fact]
    public async Task A_trainer_of_the_region_runs_its_session_and_a_national_session_takes_a_trainer_of_any_region()
    {
        var admin = host.CreateClient();
        var trainer = Jwt.Subject(await host.Identity.UserTokenAsync("trainer", Region));

        using var regional = await PlanAsync(admin, Region, trainer);
        using var national = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            kind = "national", title = "За ръководители", venue = "София", startsOn = Sessions.Day(7), endsOn = Sessions.Day(8),
            trainerIds = new[] { trainer },
        });
        using var unknown = await PlanAsync(admin, Region, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, regional.StatusCode);
        Assert.Equal(HttpStatusCode.Created, national.StatusCode);
        await Problem.AssertFieldsAsync(unknown, "trainerIds[0]");
    }

    [Fact]
    public async Task A_session_is_not_completed_before_it_starts()
    {
        var admin = host.CreateClient();
        using var planned = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            regionCode = Region, title = "Утрешно обучение", venue = "Враца", startsOn = Sessions.Day(1), endsOn = Sessions.Day(2),
        });
        var session = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Sessions.MoveAsync(admin, session, "open");
        await Sessions.MoveAsync(admin, session, "start");

        using var completed = await admin.PostAsync($"/api/training/sessions/{session}/complete", null);

        Assert.Equal(HttpStatusCode.Conflict, completed.StatusCode);
        var problem = await completed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("before it starts", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session}");
        Assert.Equal("in-progress", read.GetProperty("status").GetString());
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'TrainingSessionCompleted' and payload->>'sessionId' = '{session}'"));
    }

    private static Task<HttpResponseMessage> PlanAsync(HttpClient client, string region, params string[] trainerIds) =>
        client.PostAsJsonAsync("/api/training/sessions", new
        {
            regionCode = region, title = "Правосъдие, приятел на детето", venue = "Съдебна палата", startsOn = Sessions.Day(7),
            endsOn = Sessions.Day(8), trainerIds,
        });
}
