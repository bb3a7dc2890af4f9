using System.Net;
using Grpc.Core;
using Justice.Monitoring.V1;
using Justice.Testing;
using static Justice.SystemTests.ThroughTheGateway;

namespace Justice.SystemTests;

/// <summary>
/// The national dashboard through the gateway's gRPC port, as the national-dashboard machine client: a training
/// completed in BG-05 and an assessment completed there move the national and BG-05 indicators, seen by a watch
/// opened before they happened and by GetRegion after.
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed class MonitoringTests(WholeSystem system)
{
    private const string Region = "BG-05";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_training_and_an_assessment_in_BG_05_move_its_indicators_and_the_nations()
    {
        var token = (await TokenRequests.ClientCredentialsAsync(system.Gateway, "national-dashboard", system.DashboardSecret, "monitoring")).AccessToken;
        var headers = new Metadata { { "Authorization", $"Bearer {token}" } };
        var dashboard = new NationalDashboard.NationalDashboardClient(system.GatewayGrpc);
        using var timeout = new CancellationTokenSource(Patience);
        using var watch = dashboard.WatchIndicators(new WatchIndicatorsRequest { RegionCodes = { Region } }, headers,
            cancellationToken: timeout.Token);
        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        var seen = Values(watch.ResponseStream.Current);
        var before = new Dictionary<(string, string), double>(seen);

        using var assessor = await SignedInAsync(system, "vidin-monitored-assessor", "practitioner", Region);
        await TrainAsync(system, Region, "vidin-monitoring", [new Trainee("Силвия Кирова", "social-worker", Subject(assessor))]);
        var victim = (await SendAsync(assessor, HttpMethod.Post, "/api/assessment/victims", new
        {
            regionCode = Region, ageGroup = "child", sex = "male", preferredLanguage = "bg",
            personal = new { fullName = "Петър Петров", dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-9)) },
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var assessments = $"/api/assessment/victims/{victim}/assessments";
        await SendAsync(assessor, HttpMethod.Post, assessments, new { facts = AssessmentTests.Facts(wishesSameSexInterviewer: false) },
            HttpStatusCode.Created);
        await SendAsync(assessor, HttpMethod.Post, $"{assessments}/1/complete", null, HttpStatusCode.OK);

        bool Moved(string scope) =>
            seen[(scope, "practitioners-trained")] > before[(scope, "practitioners-trained")]
            && seen[(scope, "victims-assessed")] > before[(scope, "victims-assessed")];
        while (!(Moved("") && Moved(Region)))
        {
            Assert.True(await watch.ResponseStream.MoveNext(timeout.Token), "The stream ended before the indicators moved.");
            foreach (var (key, value) in Values(watch.ResponseStream.Current))
            {
                seen[key] = value;
            }
        }

        var region = await dashboard.GetRegionAsync(new GetRegionRequest { RegionCode = Region }, headers);
        var national = await dashboard.GetIndicatorsAsync(new GetIndicatorsRequest(), headers);
        Assert.True(Value(region, "practitioners-trained") > before[(Region, "practitioners-trained")]);
        Assert.True(Value(region, "victims-assessed") > before[(Region, "victims-assessed")]);
        Assert.True(Value(national, "victims-assessed") > before[("", "victims-assessed")]);
    }

    private static Dictionary<(string Scope, string Code), double> Values(IndicatorUpdate update) =>
        update.Sets.SelectMany(set => set.Indicators.Select(i => (Key: (set.RegionCode, i.Code), i.Value)))
            .ToDictionary(p => p.Key, p => p.Value);

    private static double Value(IndicatorSet set, string code) => set.Indicators.Single(i => i.Code == code).Value;
}
