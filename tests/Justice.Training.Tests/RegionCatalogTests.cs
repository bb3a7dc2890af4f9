extern alias NetworkService;

using System.Net;
using System.Text;
using System.Text.Json;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Justice.Training.Regions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkService::Justice.Network.Data;
using NetworkService::Justice.Network.Domain;

namespace Justice.Training.Tests;

/// <summary>
/// Counts the RegionDirectory calls that reach Network's gRPC server, and can have Network answer them UNAVAILABLE, as
/// it does when it cannot serve.
/// </summary>
public sealed class RegionDirectoryCalls : Interceptor
{
    private const string Service = "/justice.network.v1.RegionDirectory/";
    private int _lists;
    private volatile bool _down;

    public int Lists => Volatile.Read(ref _lists);

    public bool Down { get => _down; set => _down = value; }

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (context.Method.StartsWith(Service, StringComparison.Ordinal))
        {
            if (context.Method == Service + "ListRegions")
            {
                Interlocked.Increment(ref _lists);
            }
            if (_down)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, "Network is down for this test."));
            }
        }
        return continuation(request, context);
    }
}

/// <summary>Training and Network with Training's clock in the test's hand and Network's region calls counted.</summary>
public class RegionCatalogHost : TrainingHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public RegionDirectoryCalls NetworkCalls { get; } = new();

    protected override void ConfigureTraining(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override void ConfigureNetwork(IServiceCollection services)
    {
        services.AddSingleton(NetworkCalls);
        services.Configure<GrpcServiceOptions>(grpc => grpc.Interceptors.Add<RegionDirectoryCalls>());
    }

    /// <summary>Registers a practitioner of <paramref name="regionCode"/> as the national admin.</summary>
    public async Task<HttpStatusCode> RegisterAsync(string regionCode)
    {
        var body = JsonSerializer.Serialize(new { fullName = "Елена Димитрова", profession = "judge", institution = "Районен съд", regionCode });
        using var response = await CreateClient().PostAsync("/api/training/practitioners", new StringContent(body, Encoding.UTF8, "application/json"));
        return response.StatusCode;
    }
}

/// <summary>
/// Training checks regions against the list it holds of Network's: it keeps working while Network cannot answer, learns
/// of a region Network adds on the first miss, and asks Network at most once per interval however many codes miss.
/// </summary>
public sealed class RegionCatalogTests(RegionCatalogHost host) : IClassFixture<RegionCatalogHost>
{
    [Fact]
    public async Task Known_regions_are_still_known_when_Network_cannot_answer()
    {
        Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-05"));
        var calls = host.NetworkCalls.Lists;
        host.NetworkCalls.Down = true;
        try
        {
            host.Clock.Advance(RegionCatalog.MaxAge); // the list is due to be fetched again, and Network refuses

            Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-12"));
            Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("bg-28"));
            Assert.Equal(calls + 1, host.NetworkCalls.Lists);
            Assert.Equal(HttpStatusCode.BadRequest, await host.RegisterAsync("BG-31"));
        }
        finally
        {
            host.NetworkCalls.Down = false;
        }
    }

    [Fact]
    public async Task A_region_Network_adds_is_known_after_the_next_miss_that_may_fetch()
    {
        Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-01"));
        host.Clock.Advance(RegionCatalog.RefreshSpacing);
        Assert.Equal(HttpStatusCode.BadRequest, await host.RegisterAsync("BG-29"));

        await using (var scope = host.Network.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            db.Regions.Add(new JudicialRegion
            {
                Code = "BG-29", NameBg = "Нов", NameEn = "New", NameFr = "Nouveau", Nuts3 = "BG999", CourtBg = "Съд", CourtEn = "Court",
            });
            await db.SaveChangesAsync();
        }
        var calls = host.NetworkCalls.Lists;
        Assert.Equal(HttpStatusCode.BadRequest, await host.RegisterAsync("BG-29")); // within the interval: no fetch
        Assert.Equal(calls, host.NetworkCalls.Lists);

        host.Clock.Advance(RegionCatalog.RefreshSpacing);
        Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-29"));
        Assert.Equal(calls + 1, host.NetworkCalls.Lists);
    }

    [Fact]
    public async Task Codes_that_name_no_region_fetch_the_list_at_most_once_per_interval()
    {
        Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-03"));
        host.Clock.Advance(RegionCatalog.RefreshSpacing);
        var calls = host.NetworkCalls.Lists;

        foreach (var code in Enumerable.Range(80, 10).Select(n => $"BG-{n}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, await host.RegisterAsync(code));
        }
        Assert.Equal(calls + 1, host.NetworkCalls.Lists);

        host.Clock.Advance(RegionCatalog.RefreshSpacing);
        Assert.Equal(HttpStatusCode.BadRequest, await host.RegisterAsync("BG-90"));
        Assert.Equal(HttpStatusCode.BadRequest, await host.RegisterAsync("BG-91"));
        Assert.Equal(calls + 2, host.NetworkCalls.Lists);
    }
}

/// <summary>Before Training ever had the list, a registration it cannot check is refused with 503, as it always was.</summary>
public sealed class RegionCatalogColdStartTests(RegionCatalogHost host) : IClassFixture<RegionCatalogHost>
{
    [Fact]
    public async Task Without_a_list_ever_fetched_a_registration_waits_for_Network()
    {
        host.NetworkCalls.Down = true;
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await host.RegisterAsync("BG-05"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await host.RegisterAsync("BG-05"));
        }
        finally
        {
            host.NetworkCalls.Down = false;
        }

        Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-05"));
        Assert.Equal(3, host.NetworkCalls.Lists);
    }
}

/// <summary>With Network stopped altogether, the regions Training holds still let registrations through.</summary>
public sealed class RegionCatalogNetworkStoppedTests(RegionCatalogHost host) : IClassFixture<RegionCatalogHost>
{
    [Fact]
    public async Task Known_regions_are_still_known_once_Network_has_stopped()
    {
        Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-05"));

        await host.Network.DisposeAsync();
        host.Clock.Advance(RegionCatalog.MaxAge);

        Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-12"));
        host.Clock.Advance(RegionCatalog.RefreshSpacing);
        Assert.Equal(HttpStatusCode.BadRequest, await host.RegisterAsync("BG-31"));
        Assert.Equal(HttpStatusCode.Created, await host.RegisterAsync("BG-28"));
    }
}
