using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Justice.ServiceDefaults.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Gateway.Tests;

/// <summary>
/// The real gateway (its appsettings.json, on Kestrel) in front of a stand-in Training that answers with the number of
/// bytes it received. Routes are opened to anonymous callers here, so that requests get as far as the size limits.
/// </summary>
public sealed class GatewayWithEcho : IAsyncLifetime
{
    public const long UploadLimit = 20 * 1024 * 1024 + 64 * 1024;
    public const long MinutesLimit = 10 * 1024 * 1024 + 64 * 1024;

    private WebApplication _echo = null!;
    private WebApplication _gateway = null!;

    private int _echoed;

    /// <summary>How many requests reached the stand-in Training.</summary>
    public int EchoedRequests => Volatile.Read(ref _echoed);

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Empty: the gateway's appsettings.json beside the tests must not configure the stand-in too.
        var echo = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        echo.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0").ConfigureKestrel(kestrel =>
        {
            // As a service's: the gateway passes on requests at its published limits, with headers of its own added.
            kestrel.Limits.MaxRequestLineSize = RequestLimits.ServerRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.ServerHeaderBytes;
            kestrel.Limits.MaxRequestHeaderCount = RequestLimits.ServerHeaderCount;
        });
        _echo = echo.Build();
        _echo.Run(async context =>
        {
            Interlocked.Increment(ref _echoed);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }
            await context.Response.WriteAsync(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        await _echo.StartAsync();

        var gateway = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        gateway.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:grpc:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http1AndHttp2", // whichever address comes first answers HTTP/1.1
            ["ReverseProxy:Routes:training-material-upload:AuthorizationPolicy"] = GatewayService.Anonymous,
            ["ReverseProxy:Routes:training:AuthorizationPolicy"] = GatewayService.Anonymous,
            ["ReverseProxy:Clusters:training:Destinations:training:Address"] = AddressOf(_echo),
            ["ReverseProxy:Routes:network-meeting-minutes-upload:AuthorizationPolicy"] = GatewayService.Anonymous,
            ["ReverseProxy:Clusters:network:Destinations:network:Address"] = AddressOf(_echo),
            ["RateLimits:AnonymousRequestsPerWindow"] = "1000",
        });
        gateway.AddGateway();
        _gateway = gateway.Build();
        _gateway.MapGateway();
        await _gateway.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(AddressOf(_gateway)), Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _gateway.DisposeAsync();
        await _echo.DisposeAsync();
    }

    private static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
}

/// <summary>
/// Uploads of training materials may reach 20 MiB + 64 KiB through the gateway, and meetings' minutes 10 MiB + 64 KiB;
/// every other route keeps 64 KiB.
/// </summary>
public sealed class BodySizeLimitTests(GatewayWithEcho gateway) : IClassFixture<GatewayWithEcho>
{
    private const string Upload = "/api/training/materials/0195c3a0-0000-7000-8000-000000000001/versions/bg";

    [Fact]
    public async Task An_upload_of_the_largest_allowed_size_reaches_Training()
    {
        using var response = await gateway.Client.PutAsync(Upload, Body(GatewayWithEcho.UploadLimit));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GatewayWithEcho.UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_chunked_upload_of_20_MiB_reaches_Training()
    {
        const long size = 20 * 1024 * 1024;

        using var response = await gateway.Client.PutAsync(Upload, Chunked(size));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(size.ToString(System.Globalization.CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_upload_one_byte_over_the_limit_is_refused_with_413_before_it_is_forwarded()
    {
        var echoedBefore = gateway.EchoedRequests;
        // As a well-behaved client sends a large body: it waits for 100 Continue, so it hears the refusal instead of
        // writing 20 MiB into a connection that is closing.
        using var request = new HttpRequestMessage(HttpMethod.Put, Upload) { Content = Body(GatewayWithEcho.UploadLimit + 1) };
        request.Headers.ExpectContinue = true;

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(echoedBefore, gateway.EchoedRequests);
    }

    [Fact]
    public async Task Minutes_of_a_meeting_may_reach_Network_at_10_MiB_and_one_byte_more_is_refused()
    {
        const string minutes = "/api/network/meetings/0195c3a0-0000-7000-8000-000000000001/minutes";
        var echoedBefore = gateway.EchoedRequests;
        using var tooLarge = new HttpRequestMessage(HttpMethod.Put, minutes) { Content = Body(GatewayWithEcho.MinutesLimit + 1) };
        tooLarge.Headers.ExpectContinue = true;

        using var refused = await gateway.Client.SendAsync(tooLarge);
        var echoedAfterRefusal = gateway.EchoedRequests;
        using var largest = await gateway.Client.PutAsync(minutes, Body(GatewayWithEcho.MinutesLimit));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(echoedBefore, echoedAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, largest.StatusCode);
        Assert.Equal(GatewayWithEcho.MinutesLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), await largest.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("POST", "/api/training/materials")]
    [InlineData("POST", "/api/training/practitioners")]
    [InlineData("POST", "/api/training/materials/0195c3a0-0000-7000-8000-000000000001/versions/bg")]
    public async Task Other_routes_keep_the_64_KiB_limit(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(64 * 1024 + 1) };
        // Waits for 100 Continue, as above: otherwise the client may still be writing when the gateway, having answered
        // 413, closes the connection, and it sees a reset instead of the answer.
        request.Headers.ExpectContinue = true;

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_64_KiB_on_another_route_is_cut_off_with_413()
    {
        using var response = await gateway.Client.PostAsync("/api/training/practitioners", Chunked(256 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static ByteArrayContent Body(long size)
    {
        var content = new ByteArrayContent(new byte[size]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    /// <summary>A body sent without Content-Length, so only the server's limit can stop it.</summary>
    private static StreamContent Chunked(long size)
    {
        var content = new StreamContent(new UnknownLengthStream(size));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private sealed class UnknownLengthStream(long size) : Stream
    {
        private long _sent;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _sent; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, size - _sent);
            Array.Clear(buffer, offset, n);
            _sent += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
