using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grpc.Reflection.V1Alpha;
using Justice.Network.V1;
using Justice.Testing;
using Npgsql;

namespace Justice.SystemTests;

/// <summary>The system as a regional portal and a national dashboard use it: through the gateway only.</summary>
[Collection(WholeSystemCollection.Name)]
public sealed class GatewayTests(WholeSystem system)
{
    [Fact]
    public async Task The_28_regions_come_through_the_gateway_in_Bulgarian_and_English()
    {
        var bulgarian = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/network/regions");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/network/regions");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await system.Gateway.SendAsync(request);
        var english = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(28, bulgarian.GetProperty("items").GetArrayLength());
        Assert.Equal(28, english.GetProperty("items").GetArrayLength());
        Assert.Equal("Видин", bulgarian.GetProperty("items")[4].GetProperty("name").GetString());
        Assert.Equal("Vidin", english.GetProperty("items")[4].GetProperty("name").GetString());
        Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
    }

    [Fact]
    public async Task A_practitioner_registered_through_the_gateway_is_readable_by_id_and_joins_the_roster()
    {
        // Counted before and after: other whole-system tests register in every region (the supervision test's load).
        await system.SettledAsync();
        var before = await RosterTotalAsync("BG-12");
        using var response = await RegisterAsync("Милена Андреева-Бонева", "social-worker", "BG-12");

        Assert.Equal(before + 1, await Eventually.Within(TimeSpan.FromSeconds(30), () => RosterTotalAsync("BG-12"), n => n > before));
        var read = await system.AdminGateway.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal("Милена Андреева-Бонева", read.GetProperty("fullName").GetString());
        Assert.Equal("BG-12", read.GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task Bad_input_through_the_gateway_answers_problem_details_and_leaves_the_databases_unchanged()
    {
        await system.SettledAsync();
        var before = await CountRowsAsync();
        string[] badBodies =
        [
            "{}",
            """{"fullName":"Анна Колева","profession":"astronaut","institution":"Съд","regionCode":"BG-05"}""",
            """{"fullName":"Анна Колева","profession":"judge","institution":"Съд","regionCode":"BG-29"}""",
            """{"fullName":"Анна Колева","profession":"judge","institution":"Съд","regionCode":"BG-05","extra":true}""",
            """{"fullName":7,"profession":"judge","institution":"Съд","regionCode":"BG-05"}""",
            """{"fullName":"Анна\u0000Колева","profession":"judge","institution":"Съд","regionCode":"BG-05"}""",
            $$"""{"fullName":"{{new string('А', 201)}}","profession":"judge","institution":"Съд","regionCode":"BG-05"}""",
        ];

        foreach (var body in badBodies)
        {
            using var response = await system.AdminGateway.PostAsync("/api/training/practitioners",
                new StringContent(body, Encoding.UTF8, "application/json"));
            await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        }
        using (var tooLarge = await system.AdminGateway.PostAsync("/api/training/practitioners",
            new StringContent($$"""{"fullName":"{{new string('x', 70_000)}}"}""", Encoding.UTF8, "application/json")))
        {
            await AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        }
        using (var unknownId = await system.AdminGateway.GetAsync($"/api/training/practitioners/{Guid.NewGuid()}"))
        {
            await AssertProblemAsync(unknownId, HttpStatusCode.NotFound);
        }
        using (var unknownRoute = await system.Gateway.GetAsync("/api/nowhere"))
        {
            await AssertProblemAsync(unknownRoute, HttpStatusCode.NotFound);
        }

        await system.SettledAsync();
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task RegionDirectory_answers_on_the_gateways_gRPC_port_with_server_reflection()
    {
        var headers = new Grpc.Core.Metadata { { "Authorization", $"Bearer {system.AdminToken}" } };
        var regions = await new RegionDirectory.RegionDirectoryClient(system.GatewayGrpc).ListRegionsAsync(new ListRegionsRequest(), headers);
        var vidin = await new RegionDirectory.RegionDirectoryClient(system.GatewayGrpc).GetRegionAsync(new GetRegionRequest { Code = "BG-05" }, headers);

        Assert.Equal(28, regions.Regions.Count);
        Assert.Equal("Видин", vidin.NameBg);

        using var reflection = new ServerReflection.ServerReflectionClient(system.GatewayGrpc).ServerReflectionInfo(headers);
        await reflection.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await reflection.RequestStream.CompleteAsync();
        Assert.True(await reflection.ResponseStream.MoveNext(CancellationToken.None));
        var services = reflection.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("justice.network.v1.RegionDirectory", services);
    }

    [Fact]
    public async Task One_trace_spans_gateway_training_and_network_through_the_broker()
    {
        var (response, traceId) = await RegisterTracedAsync("Теодор Стоев", "lawyer", "BG-05");
        response.Dispose();

        IReadOnlyList<Telemetry.Span> spans = [];
        await Eventually.Holds(TimeSpan.FromSeconds(30), async () =>
        {
            // Each service exports in its own batches: wait until all five have reported.
            spans = await Telemetry.TraceAsync(system.Dashboard, traceId);
            return Crossed(spans) && spans.Any(s => s is { Service: "training", Scope: "MassTransit" });
        });

        var byId = spans.ToDictionary(s => s.SpanId);
        var gateway = Assert.Single(spans, s => s is { Service: "gateway", Scope: "Microsoft.AspNetCore" });
        var training = Assert.Single(spans, s => s is { Service: "training", Scope: "Microsoft.AspNetCore" });
        var send = Assert.Single(spans, s => s is { Service: "training", Scope: "MassTransit" });
        var receive = Assert.Single(spans, s => s is { Service: "network", Scope: "MassTransit" } && s.Name.EndsWith("receive", StringComparison.Ordinal));

        Assert.True(DescendsFrom(training, gateway, byId), "training's request is not part of the gateway's");
        Assert.True(DescendsFrom(send, training, byId), "the publish is not part of training's request");
        Assert.Equal(send.SpanId, receive.ParentSpanId);
    }

    [Fact]
    public async Task A_practitioners_name_appears_in_no_log_line_or_trace()
    {
        const string name = "Радослава Тихомирова";
        var (response, traceId) = await RegisterTracedAsync(name, "psychologist", "BG-07");
        var location = response.Headers.Location!.OriginalString;
        response.Dispose();
        Assert.DoesNotContain("Радослава", location, StringComparison.Ordinal);
        var practitionerId = location.Split('/')[^1];

        // Each service exports its telemetry in batches, oldest first: once the request's spans from all three
        // services and Training's own log line about the registration are in, so is what they wrote before.
        IReadOnlyList<string> logs = [];
        var arrived = await Eventually.Holds(TimeSpan.FromSeconds(30), async () =>
        {
            logs = await Telemetry.AllStringsAsync(system.Dashboard, "/api/telemetry/logs");
            return Crossed(await Telemetry.TraceAsync(system.Dashboard, traceId))
                && logs.Any(s => s.Contains(practitionerId, StringComparison.Ordinal));
        });
        var traces = await Telemetry.AllStringsAsync(system.Dashboard, "/api/telemetry/traces");

        Assert.True(arrived, "the registration's spans and log line did not reach the dashboard within 30 s");
        Assert.Contains(traces, s => s.Contains("/api/training/practitioners", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Concat(traces), s => s.Contains("Радослава", StringComparison.Ordinal) || s.Contains("Тихомирова", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_trace_spans_a_gRPC_call_from_the_gateway_into_network()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var headers = new Grpc.Core.Metadata
        {
            { "Authorization", $"Bearer {system.AdminToken}" },
            { "traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01" },
        };
        await new RegionDirectory.RegionDirectoryClient(system.GatewayGrpc).ListRegionsAsync(new ListRegionsRequest(), headers);

        IReadOnlyList<Telemetry.Span> spans = [];
        await Eventually.Holds(TimeSpan.FromSeconds(30), async () =>
        {
            spans = await Telemetry.TraceAsync(system.Dashboard, traceId);
            return spans.Any(s => s is { Service: "gateway", Scope: "Microsoft.AspNetCore" })
                && spans.Any(s => s is { Service: "network", Scope: "Microsoft.AspNetCore" });
        });

        var byId = spans.ToDictionary(s => s.SpanId);
        var gateway = Assert.Single(spans, s => s is { Service: "gateway", Scope: "Microsoft.AspNetCore" });
        var network = Assert.Single(spans, s => s is { Service: "network", Scope: "Microsoft.AspNetCore" });
        Assert.Contains("RegionDirectory/ListRegions", network.Name, StringComparison.Ordinal);
        Assert.True(DescendsFrom(network, gateway, byId), "Network's gRPC call is not part of the gateway's");
    }

    /// <summary>Registers a practitioner with a trace of the test's own; returns the response and the trace id.</summary>
    private async Task<(HttpResponseMessage Response, string TraceId)> RegisterTracedAsync(string fullName, string profession, string region)
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/training/practitioners")
        {
            Content = JsonContent.Create(new { fullName, profession, institution = "Районен съд", regionCode = region }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var response = await system.AdminGateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (response, traceId);
    }

    /// <summary>Whether a trace went all the way: through the gateway and Training, and out of Network's consumer.</summary>
    private static bool Crossed(IReadOnlyList<Telemetry.Span> spans) =>
        spans.Any(s => s is { Service: "gateway", Scope: "Microsoft.AspNetCore" })
        && spans.Any(s => s is { Service: "training", Scope: "Microsoft.AspNetCore" })
        && spans.Any(s => s is { Service: "network", Scope: "MassTransit" } && s.Name.EndsWith("receive", StringComparison.Ordinal));

    private static bool DescendsFrom(Telemetry.Span span, Telemetry.Span ancestor, Dictionary<string, Telemetry.Span> byId)
    {
        for (var current = span; current.ParentSpanId is { } parent && byId.TryGetValue(parent, out var next); current = next)
        {
            if (next.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }
        return false;
    }

    private async Task<HttpResponseMessage> RegisterAsync(string fullName, string profession, string region)
    {
        var response = await system.AdminGateway.PostAsJsonAsync("/api/training/practitioners",
            new { fullName, profession, institution = "Районен съд", regionCode = region });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response;
    }

    private async Task<int> RosterTotalAsync(string region) =>
        (await system.AdminGateway.GetFromJsonAsync<JsonElement>($"/api/network/regions/{region}/roster")).GetProperty("total").GetInt32();

    private async Task<(long, long, long)> CountRowsAsync() =>
        (await system.CountAsync("trainingdb", "select count(*) from practitioners"),
         await system.CountAsync("trainingdb", "select count(*) from outbox_messages"),
         await system.CountAsync("networkdb", "select count(*) from roster_members"));

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }
}
