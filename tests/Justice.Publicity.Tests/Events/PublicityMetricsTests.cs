using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Justice.Security;
using Justice.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Justice.Publicity.Tests.Events;

/// <summary>The <c>Justice.Publicity</c> meter: registrations by outcome, participants confirmed by seat, and attendance.</summary>
public sealed class PublicityMetricsTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task Registrations_confirmations_and_attendance_are_counted()
    {
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var registrations = new MetricCollector<long>(meters, PublicityMetrics.MeterName, "justice.publicity.registrations");
        using var confirmed = new MetricCollector<long>(meters, PublicityMetrics.MeterName, "justice.publicity.participants.confirmed");
        using var attended = new MetricCollector<long>(meters, PublicityMetrics.MeterName, "justice.publicity.participants.attended");
        var events = new EventsClient(host);
        var eventId = await events.CreateEventAsync(capacity: 1);
        var (first, second) = (TestMailbox.NewAddress(), TestMailbox.NewAddress());

        await events.RegisterAndConfirmAsync(eventId, first);
        await events.RegisterAndConfirmAsync(eventId, second);
        using (await events.RegisterAsync(eventId, first))
        {
        }
        using (await host.CreateClient().PostAsJsonAsync($"{EventsClient.Events}/{eventId}/registrations",
            EventsClient.RegistrationBody(TestMailbox.NewAddress(), website: "spam")))
        {
        }
        var ids = (await events.RegistrationsAsync(eventId)).Select(r => r.GetProperty("id").GetGuid()).ToArray();
        await events.StartedAsync(eventId);
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        using (await editor.PutAsJsonAsync($"{EventsClient.Events}/{eventId}/attendance", new { attended = ids }))
        {
        }

        Assert.Equal(["duplicate", "pending", "pending", "refused"], Outcomes(registrations, "outcome"));
        Assert.Equal(["confirmed", "waitlisted"], Outcomes(confirmed, "seat"));
        Assert.Equal(2, attended.GetMeasurementSnapshot().Sum(m => m.Value));
    }

    private static string[] Outcomes(MetricCollector<long> collector, string tag) =>
        [.. collector.GetMeasurementSnapshot().Select(m => (string)m.Tags[tag]!).Order(StringComparer.Ordinal)];
}
