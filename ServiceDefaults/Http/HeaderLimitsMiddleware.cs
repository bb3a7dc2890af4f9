using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// Answers a request line over <see cref="RequestLimits.MaxRequestLineBytes"/> with 414 and headers over
/// <see cref="RequestLimits.MaxHeaderBytes"/> or <see cref="RequestLimits.MaxHeaderCount"/> with 431, as problem
/// details. Kestrel's own limits are set far above these (<see cref="RequestLimits.ServerRequestLineBytes"/> and the
/// rest) so that a request over the published limits gets this far: Kestrel answers before any middleware runs, with no
/// body. A request over Kestrel's limits, or one it cannot parse at all, still gets Kestrel's bare 400/414/431, since
/// there is no request yet for the application to answer.
/// </summary>
public sealed class HeaderLimitsMiddleware(RequestDelegate next, HeaderLimits limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (Refusal(context, limits) is { } refusal)
        {
            // Headers this large are no request a client of ours makes: do not keep the connection for another.
            context.Response.Headers.Connection = "close";
            await refusal.ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>The 414 or 431 problem <paramref name="context"/>'s request earns, or null when it is within the limits.</summary>
    public static IResult? Refusal(HttpContext context, HeaderLimits limits)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        // As HTTP/1.1 sends it: "GET /path?query HTTP/1.1" and CRLF.
        var requestLine = request.Method.Length + 1 + target.Length + 1 + request.Protocol.Length + 2;
        if (requestLine > limits.MaxRequestLineBytes)
        {
            return Problems.UriTooLong(limits.MaxRequestLineBytes);
        }

        long headerBytes = 0;
        var headerCount = 0;
        foreach (var (name, values) in request.Headers)
        {
            // The correlation id counts as the client sent it, not as the correlation middleware may have replaced it.
            var sent = string.Equals(name, CorrelationIdMiddleware.HeaderName, StringComparison.OrdinalIgnoreCase)
                ? CorrelationIdMiddleware.Sent(context) : values;
            foreach (var value in sent)
            {
                headerCount++;
                headerBytes += name.Length + 2 + (value?.Length ?? 0) + 2; // "name: value" and CRLF
            }
        }
        return headerBytes > limits.MaxHeaderBytes || headerCount > limits.MaxHeaderCount
            ? Problems.HeadersTooLarge(limits.MaxHeaderBytes, limits.MaxHeaderCount)
            : null;
    }
}

/// <summary>
/// The request line and header limits a server enforces. The gateway, facing clients, enforces the published ones
/// (<see cref="Published"/>); a service behind it allows a little more (<see cref="BehindTheGateway"/>), for the
/// forwarding and trace headers the gateway adds to a request it accepted.
/// </summary>
public sealed record HeaderLimits(int MaxRequestLineBytes, int MaxHeaderBytes, int MaxHeaderCount)
{
    public static HeaderLimits Published { get; } =
        new(RequestLimits.MaxRequestLineBytes, RequestLimits.MaxHeaderBytes, RequestLimits.MaxHeaderCount);

    public static HeaderLimits BehindTheGateway { get; } =
        new(RequestLimits.MaxRequestLineBytes, RequestLimits.MaxHeaderBytes + 4 * 1024, RequestLimits.MaxHeaderCount + 20);
}
