using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Grpc.Core;
using Grpc.Net.Client;
using Justice.Security;
using Justice.Training.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Justice.Gateway.Tests;

/// <summary>
/// The real gateway (its appsettings.json, on Kestrel, with its token validation) in front of two stand-ins: an
/// identity service that publishes a signing key and serves a sign-in page, and Training's gRPC endpoint. Both of
/// the gateway's endpoints speak HTTP/2 only here, so whichever address comes first answers gRPC.
/// </summary>
public sealed class GatewayWithGrpc : IAsyncLifetime
{
    private readonly RsaSecurityKey _signingKey = new(RSA.Create(2048)) { KeyId = "gateway-tests" };
    private WebApplication _identity = null!;
    private WebApplication _training = null!;
    private WebApplication _gateway = null!;

    public string Issuer { get; private set; } = null!;

    /// <summary>What the stand-in Training saw of each call: its method and Authorization header.</summary>
    public TrainingCalls TrainingCalls { get; } = new();

    public GrpcChannel Channel { get; private set; } = null!;

    /// <summary>The gateway's address; requests to it must be HTTP/2 (without TLS) here.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _identity = StandInIdentity();
        await _identity.StartAsync();
        Issuer = AddressOf(_identity) + "/";

        var training = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        training.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        training.Services.AddRouting();
        training.Services.AddGrpc();
        training.Services.AddSingleton(TrainingCalls);
        _training = training.Build();
        _training.MapGrpcService<StandInTrainingDirectory>();
        _training.MapGrpcService<StandInSessionCalendar>();
        await _training.StartAsync();

        var gateway = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        gateway.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:http:Protocols"] = "Http2",
            ["Kestrel:Endpoints:grpc:Url"] = "http://127.0.0.1:0",
            ["Identity:Issuer"] = Issuer,
            ["Identity:InternalAddress"] = Issuer,
            ["ReverseProxy:Clusters:identity:Destinations:identity:Address"] = Issuer,
            ["ReverseProxy:Clusters:training-grpc:Destinations:training:Address"] = AddressOf(_training),
        });
        gateway.AddGateway();
        _gateway = gateway.Build();
        _gateway.MapGateway();
        await _gateway.StartAsync();

        Channel = GrpcChannel.ForAddress(AddressOf(_gateway));
        Http = new HttpClient { BaseAddress = new Uri(AddressOf(_gateway)) };
    }

    /// <summary>An access token as the identity service issues it: signed, 10 minutes, for Network's audience.</summary>
    public string Token(string role) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audiences.Network,
        Subject = new ClaimsIdentity([new Claim(JusticeClaims.Subject, Guid.NewGuid().ToString()), new Claim(JusticeClaims.Role, role)]),
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.RsaSha256),
    });

    public static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        await _gateway.DisposeAsync();
        await _training.DisposeAsync();
        await _identity.DisposeAsync();
    }

    /// <summary>Publishes the signing key where the gateway looks for it, and stands in for the sign-in page.</summary>
    private WebApplication StandInIdentity()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRouting();
        var app = builder.Build();
        var parameters = _signingKey.Rsa.ExportParameters(includePrivateParameters: false);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = $"{Issuer}.well-known/jwks",
        }));
        app.MapGet("/.well-known/jwks", () => Results.Json(new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA", use = "sig", alg = "RS256", kid = _signingKey.KeyId,
                    n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent),
                },
            },
        }));
        app.MapMethods("/account/login", ["GET", "POST"], (HttpRequest request) => $"sign-in page ({request.Method})");
        app.MapPost("/account/password", () => "password change");
        return app;
    }

    private static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}

public sealed class TrainingCalls
{
    private readonly List<(string Method, string Authorization)> _calls = [];

    public IReadOnlyList<(string Method, string Authorization)> All
    {
        get { lock (_calls) { return [.. _calls]; } }
    }

    public void Add(string method, string authorization)
    {
        lock (_calls)
        {
            _calls.Add((method, authorization));
        }
    }
}

/// <summary>Training's gRPC endpoint as the gateway sees it: answers figures and notes who asked.</summary>
public sealed class StandInTrainingDirectory(TrainingCalls calls) : TrainingDirectory.TrainingDirectoryBase
{
    public override Task<TrainingFigures> GetTrainingFigures(GetTrainingFiguresRequest request, ServerCallContext context)
    {
        calls.Add(context.Method, context.RequestHeaders.GetValue("authorization") ?? "");
        return Task.FromResult(new TrainingFigures { PractitionersTrained = 980, DecisionMakersTrained = 50 });
    }
}

/// <summary>Training's public calendar as the gateway sees it: answers one session and notes who asked.</summary>
public sealed class StandInSessionCalendar(TrainingCalls calls) : SessionCalendar.SessionCalendarBase
{
    public override Task<ListUpcomingSessionsResponse> ListUpcomingSessions(ListUpcomingSessionsRequest request, ServerCallContext context)
    {
        calls.Add(context.Method, context.RequestHeaders.GetValue("authorization") ?? "");
        var response = new ListUpcomingSessionsResponse();
        response.Sessions.Add(new UpcomingSession { Id = "stand-in", RegionCode = request.RegionCode, Capacity = 35, SeatsLeft = 35 });
        return Task.FromResult(response);
    }
}
