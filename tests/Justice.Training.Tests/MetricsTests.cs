using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;

namespace Justice.Training.Tests;

/// <summary>The Justice.Training meter moves with the programme.</summary>
public sealed class MetricsTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task A_registration_counts_on_the_Justice_Training_meter_by_profession_and_region()
    {
        var measurements = new List<(long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Justice.Training")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (measurements)
            {
                measurements.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        listener.Start();

        using var response = await host.CreateClient().PostAsJsonAsync("/api/training/practitioners",
            new { fullName = "Стела Пеева", profession = "paediatrician", institution = "МБАЛ Русе", regionCode = "BG-18" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        lock (measurements)
        {
            var measurement = Assert.Single(measurements, m => (string?)m.Tags["region"] == "BG-18");
            Assert.Equal(1, measurement.Value);
            Assert.Equal("paediatrician", measurement.Tags["profession"]);
            Assert.DoesNotContain(measurement.Tags.Values, v => v is string s && s.Contains("Стела", StringComparison.Ordinal));
        }
    }
}
