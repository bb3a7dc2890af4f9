using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>Training and Network on a broker of their own, which the test stops and starts again.</summary>
public sealed class OwnBrokerTrainingHost : TrainingHost
{
    public ScriptedRabbitMq Broker { get; } = new();

    protected override async Task<Func<string, Uri>> CreateEventBusAsync()
    {
        await Broker.StartAsync();
        return Broker.AmqpUriFor;
    }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Outbox:PublishTimeout", "00:00:02"),
        new("Outbox:MaxBackoff", "00:00:01"),
        new("Outbox:BacklogDegradedAfter", "00:00:01"),
    ];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Broker.DisposeAsync();
    }
}

public sealed class BrokerOutageTests(OwnBrokerTrainingHost host) : IClassFixture<OwnBrokerTrainingHost>
{
    [Fact]
    public async Task Registrations_made_while_RabbitMQ_is_stopped_all_reach_the_roster_after_it_restarts()
    {
        const int registrations = 5;
        var training = host.CreateClient();
        await host.Broker.StopAsync();

        for (var i = 0; i < registrations; i++)
        {
            var body = JsonSerializer.Serialize(new
            {
                fullName = $"Стоян Петков {"АБВГД"[i]}",
                profession = "police-officer",
                institution = "ОД на МВР – Ловеч",
                regionCode = "BG-11",
            });
            using var response = await training.PostAsync("/api/training/practitioners",
                new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        Assert.Equal(registrations, await host.TrainingDatabase.ScalarAsync<long>(
            "select count(*) from outbox_messages where dispatched_at is null"));
        // Health says what is wrong: the broker is away and the events wait.
        var outage = await Eventually.Within(TimeSpan.FromSeconds(30), HealthAsync,
            report => CheckStatus(report, "outbox-backlog") == "Degraded" && CheckStatus(report, "RabbitMQ.Client") != "Healthy");
        Assert.Equal("Unhealthy", outage.GetProperty("status").GetString());
        Assert.Equal(registrations, outage.GetProperty("checks").GetProperty("outbox-backlog").GetProperty("data").GetProperty("pending").GetInt32());

        await host.Broker.StartAsync();

        var total = await Eventually.Within(TimeSpan.FromSeconds(90), RosterTotalAsync, n => n >= registrations);
        Assert.Equal(registrations, total);
        // The consumer may apply the event before the dispatcher's own transaction has committed.
        Assert.Equal(0L, await Eventually.Within(TimeSpan.FromSeconds(10),
            () => host.TrainingDatabase.ScalarAsync<long>("select count(*) from outbox_messages where dispatched_at is null"),
            n => n == 0));
        var healed = await Eventually.Within(TimeSpan.FromSeconds(30), HealthAsync,
            report => report.GetProperty("status").GetString() == "Healthy");
        Assert.Equal("Healthy", CheckStatus(healed, "outbox-backlog"));
    }

    private async Task<JsonElement> HealthAsync()
    {
        using var response = await host.Training.CreateClient().GetAsync("/health");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? CheckStatus(JsonElement report, string check) =>
        report.GetProperty("checks").TryGetProperty(check, out var entry) ? entry.GetProperty("status").GetString() : null;

    private async Task<int> RosterTotalAsync()
    {
        var roster = await host.CreateNetworkClient().GetFromJsonAsync<JsonElement>("/api/network/regions/BG-11/roster");
        return roster.GetProperty("total").GetInt32();
    }
}
