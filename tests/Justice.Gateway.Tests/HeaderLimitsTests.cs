using System.Net;
using System.Text.Json;
using Justice.ServiceDefaults.Http;

namespace Justice.Gateway.Tests;

/// <summary>
/// The published limits — a request line of 8 KiB, 32 KiB of headers, 100 header fields — answer 414 and 431 problem
/// details with a type, not Kestrel's bare answers; a request exactly at each limit reaches the service.
/// </summary>
public sealed class HeaderLimitsTests(GatewayWithEcho gateway) : IClassFixture<GatewayWithEcho>, IDisposable
{
    private const string Path = "/api/training/practitioners";
    private const int HeaderLineOverhead = 4; // ": " and CRLF

    // No trace headers: the client sends the request line, Host and the test's own headers, nothing else.
    private readonly HttpClient _client = new(new SocketsHttpHandler { ActivityHeadersPropagator = null })
    {
        BaseAddress = gateway.Client.BaseAddress,
    };

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_request_line_of_exactly_8_KiB_reaches_the_service()
    {
        var echoedBefore = gateway.EchoedRequests;

        using var response = await _client.GetAsync(Target(RequestLimits.MaxRequestLineBytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(echoedBefore + 1, gateway.EchoedRequests);
    }

    [Fact]
    public async Task A_request_line_one_byte_over_8_KiB_is_refused_with_414_problem_details()
    {
        var echoedBefore = gateway.EchoedRequests;

        using var response = await _client.GetAsync(Target(RequestLimits.MaxRequestLineBytes + 1));

        await AssertProblemAsync(response, HttpStatusCode.RequestUriTooLong, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15");
        Assert.Equal(echoedBefore, gateway.EchoedRequests);
    }

    [Fact]
    public async Task Headers_of_exactly_32_KiB_and_100_fields_reach_the_service()
    {
        var echoedBefore = gateway.EchoedRequests;

        using var bytes = await _client.SendAsync(WithHeaders(totalBytes: RequestLimits.MaxHeaderBytes, fields: 10));
        using var fields = await _client.SendAsync(WithHeaders(totalBytes: 4096, fields: RequestLimits.MaxHeaderCount));

        Assert.Equal(HttpStatusCode.OK, bytes.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fields.StatusCode);
        Assert.Equal(echoedBefore + 2, gateway.EchoedRequests);
    }

    [Theory]
    [InlineData(RequestLimits.MaxHeaderBytes + 1, 10)]
    [InlineData(RequestLimits.MaxHeaderBytes * 2, 10)] // past Kestrel's default limit, which would answer a bare 431
    [InlineData(4096, RequestLimits.MaxHeaderCount + 1)]
    public async Task Headers_over_32_KiB_or_100_fields_are_refused_with_431_problem_details(int totalBytes, int fields)
    {
        var echoedBefore = gateway.EchoedRequests;

        using var response = await _client.SendAsync(WithHeaders(totalBytes, fields));

        await AssertProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "https://www.rfc-editor.org/rfc/rfc6585#section-5");
        Assert.Equal(echoedBefore, gateway.EchoedRequests);
    }

    [Theory]
    [InlineData(null, "Заглавките на заявката са твърде големи", "не може да надхвърлят 32 KiB общо, нито 100 полета")]
    [InlineData("en", "Request headers too large", "must not exceed 32 KiB in all, nor 100 fields")]
    [InlineData("fr", "En-têtes de la requête trop volumineux", "ne peuvent pas dépasser 32 KiB au total, ni 100 champs")]
    public async Task A_refusal_of_the_headers_reads_in_the_readers_language(string? language, string title, string detail)
    {
        using var request = WithHeaders(RequestLimits.MaxHeaderBytes * 2, 10);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await _client.SendAsync(request);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A path and query whose request line ("GET target HTTP/1.1" and CRLF) is <paramref name="lineBytes"/> long.</summary>
    private static string Target(int lineBytes)
    {
        var prefix = Path + "?q=";
        var fixedPart = "GET ".Length + " HTTP/1.1\r\n".Length + prefix.Length;
        return prefix + new string('a', lineBytes - fixedPart);
    }

    /// <summary>
    /// A request whose header section (Host included, each "name: value" and CRLF) is <paramref name="totalBytes"/> long in
    /// <paramref name="fields"/> fields.
    /// </summary>
    private HttpRequestMessage WithHeaders(int totalBytes, int fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Path);
        var remaining = totalBytes - ("Host".Length + HeaderLineOverhead + _client.BaseAddress!.Authority.Length);
        var ownFields = fields - 1;
        for (var i = 0; i < ownFields; i++)
        {
            var name = $"X-Filler-{i:D3}";
            var valueLength = i < ownFields - 1
                ? 1
                : remaining - (ownFields - 1) * (name.Length + HeaderLineOverhead + 1) - (name.Length + HeaderLineOverhead);
            Assert.True(request.Headers.TryAddWithoutValidation(name, new string('v', valueLength)));
        }
        return request;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.True(problem.TryGetProperty("correlationId", out _));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
