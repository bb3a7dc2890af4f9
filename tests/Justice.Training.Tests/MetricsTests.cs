using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;

namespace Justice.Training.Tests;

/// <summary>The Justice.Training meter moves with the programme.</summary>
public sealed class MetricsTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task Enrolments_completions_and_certificates_count_by_region_and_kind()
    {
        var admin = host.CreateClient();
        await Sessions.PublishFrameworkAsync(admin);
        var present = await Sessions.RegisterPractitionerAsync(admin, "BG-27", "Калина Стоянова");
        var waiting = await Sessions.RegisterPractitionerAsync(admin, "BG-27", "Борис Ангелов");
        var absent = await Sessions.RegisterPractitionerAsync(admin, "BG-27", "Надя Петкова");
        var session = await Sessions.CreateSessionAsync(admin, "BG-27", capacity: 2);
        await Sessions.MoveAsync(admin, session, "open");
        using var measurements = new Measurements();

        await Sessions.EnrolAsync(admin, session, present);
        await Sessions.EnrolAsync(admin, session, absent);
        await Sessions.EnrolAsync(admin, session, waiting);
        await Sessions.SetTestAsync(admin, session);
        await Sessions.MoveAsync(admin, session, "start");
        await Sessions.AttendAsync(admin, session, 1, [present, absent]);
        await Sessions.AttendAsync(admin, session, 2, [present]);
        await Sessions.AnswerAsync(admin, session, "post", present, 1, 1, 1, 1);
        await Sessions.AnswerAsync(admin, session, "post", absent, 1, 1, 1, 1);
        await Sessions.MoveAsync(admin, session, "complete");

        // Only this test's instruments: other classes (the fault suite's load) may register practitioners in BG-27 meanwhile.
        string[] sessionInstruments = ["justice.training.enrolments", "justice.training.completions", "justice.training.certificates.issued"];
        var inRegion = measurements.Where(m => (string?)m.Tags.GetValueOrDefault("region") == "BG-27"
            && sessionInstruments.Contains(m.Instrument));
        Assert.Equal(["enrolled", "enrolled", "waiting"],
            inRegion.Where(m => m.Instrument == "justice.training.enrolments").Select(m => (string?)m.Tags["status"]).Order());
        var completions = Assert.Single(inRegion, m => m.Instrument == "justice.training.completions");
        var certificates = Assert.Single(inRegion, m => m.Instrument == "justice.training.certificates.issued");
        Assert.Equal(1, completions.Value);
        Assert.Equal(1, certificates.Value);
        Assert.All(inRegion, m => Assert.Equal("regional", m.Tags["kind"]));
    }

    [Fact]
    public async Task A_registration_counts_on_the_Justice_Training_meter_by_profession_and_region()
    {
        using var measurements = new Measurements();

        using var response = await host.CreateClient().PostAsJsonAsync("/api/training/practitioners",
            new { fullName = "Стела Пеева", profession = "paediatrician", institution = "МБАЛ Русе", regionCode = "BG-18" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var measurement = Assert.Single(measurements.Where(m => (string?)m.Tags.GetValueOrDefault("region") == "BG-18"));
        Assert.Equal("justice.training.practitioners.registered", measurement.Instrument);
        Assert.Equal(1, measurement.Value);
        Assert.Equal("paediatrician", measurement.Tags["profession"]);
        Assert.DoesNotContain(measurement.Tags.Values, v => v is string s && s.Contains("Стела", StringComparison.Ordinal));
    }

    /// <summary>Everything the Justice.Training meter records while it is alive (other tests' too: filter by region).</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> _recorded = [];
        private readonly MeterListener _listener = new();

        public Measurements()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Justice.Training")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                lock (_recorded)
                {
                    _recorded.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
                }
            });
            _listener.Start();
        }

        public List<(string Instrument, long Value, Dictionary<string, object?> Tags)> Where(
            Func<(string Instrument, long Value, Dictionary<string, object?> Tags), bool> predicate)
        {
            lock (_recorded)
            {
                return [.. _recorded.Where(predicate)];
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
