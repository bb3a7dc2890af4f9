using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

public sealed class SupervisionApiTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task A_coordinator_records_supervision_of_their_region_and_the_event_carries_no_names()
    {
        var admin = host.CreateClient();
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-09"));
        var first = await Sessions.RegisterPractitionerAsync(admin, "BG-09", "Радослава Кирова");
        var second = await Sessions.RegisterPractitionerAsync(admin, "BG-09", "Калин Тодоров");

        using var response = await coordinator.PostAsJsonAsync("/api/training/supervision", new
        {
            regionCode = "BG-09", heldOn = "2026-11-20", supervisor = "д-р Мила Ненова",
            practitionerIds = new[] { first, second }, casesDiscussed = 4, competencies = new[] { "C4", "C6" },
        });
        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/training/supervision");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(4, item.GetProperty("casesDiscussed").GetInt32());
        var payload = await host.TrainingDatabase.ScalarAsync<string>(
            "select payload::text from outbox_messages where type = 'SupervisionDelivered' and payload->>'regionCode' = 'BG-09'");
        Assert.Contains(first.ToString(), payload, StringComparison.Ordinal);
        Assert.Contains("\"casesDiscussed\": 4", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Радослава", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Ненова", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_supervision_records_are_refused_naming_each_field_and_nothing_is_written()
    {
        var admin = host.CreateClient();
        var elsewhere = await Sessions.RegisterPractitionerAsync(admin, "BG-10");
        var before = await host.TrainingDatabase.ScalarAsync<long>("select count(*) from supervision_sessions");

        using var fields = await admin.PostAsJsonAsync("/api/training/supervision", new
        {
            regionCode = "BG-1", heldOn = "9999-12-31", supervisor = "", practitionerIds = Array.Empty<Guid>(), casesDiscussed = -1,
            competencies = new[] { "C42" },
        });
        using var stranger = await admin.PostAsJsonAsync("/api/training/supervision", new
        {
            regionCode = "BG-11", heldOn = "2026-11-20", supervisor = "Мила Ненова", practitionerIds = new[] { elsewhere },
            casesDiscussed = 1, competencies = new[] { "C1" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, fields.StatusCode);
        var errors = (await fields.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "regionCode", "heldOn", "supervisor", "practitionerIds", "casesDiscussed", "competencies" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Equal(before, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from supervision_sessions"));
    }

    [Theory]
    [InlineData("regional-coordinator", "BG-12", HttpStatusCode.Forbidden)]
    [InlineData("trainer", "BG-12", HttpStatusCode.Forbidden)]
    [InlineData("trainer", "BG-13", HttpStatusCode.Created)]
    [InlineData("practitioner", "BG-13", HttpStatusCode.Forbidden)]
    [InlineData("evaluator", null, HttpStatusCode.Forbidden)]
    public async Task Supervision_is_recorded_by_the_regions_coordinators_and_trainers(string role, string? region, HttpStatusCode expected)
    {
        var practitioner = await Sessions.RegisterPractitionerAsync(host.CreateClient(), "BG-13");
        var client = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));

        using var response = await client.PostAsJsonAsync("/api/training/supervision", new
        {
            regionCode = "BG-13", heldOn = "2026-11-21", supervisor = "Мила Ненова", practitionerIds = new[] { practitioner },
            casesDiscussed = 2, competencies = new[] { "C2" },
        });

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("competencies", """["C1",null]""", "competencies[1]")]
    [InlineData("practitionerIds", "[null]", "practitionerIds[0]")]
    public async Task A_null_element_is_refused_naming_its_index_and_nothing_is_written(string list, string value, string field)
    {
        var admin = host.CreateClient();
        var practitioner = await Sessions.RegisterPractitionerAsync(admin, "BG-14");
        var lists = new Dictionary<string, string> { ["practitionerIds"] = $"[\"{practitioner}\"]", ["competencies"] = """["C1"]""" };
        lists[list] = value;
        var before = await host.TrainingDatabase.ScalarAsync<long>("select count(*) from supervision_sessions");

        using var response = await admin.PostAsync("/api/training/supervision", Problem.Json($$"""
            {"regionCode":"BG-14","heldOn":"2026-11-20","supervisor":"Мила Ненова","practitionerIds":{{lists["practitionerIds"]}},
             "casesDiscussed":1,"competencies":{{lists["competencies"]}}}
            """));

        Assert.Equal([field], await Problem.AssertFieldsAsync(response, field));
        Assert.Equal(before, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from supervision_sessions"));
    }
}
