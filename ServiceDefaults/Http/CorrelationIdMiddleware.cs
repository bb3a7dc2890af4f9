using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// Carries the gateway's correlation id (or a new one) through the request: on the current trace,
/// in every log line's scope, and back to the caller.
/// </summary>
public sealed partial class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";
    private const int MaxLength = 64;
    private const string SentKey = "X-Correlation-Id:sent";

    public async Task InvokeAsync(HttpContext context)
    {
        var sent = context.Request.Headers[HeaderName];
        context.Items[SentKey] = sent;
        var correlationId = Read(sent.ToString()) ?? NewId();
        context.Items[HeaderName] = correlationId;
        context.Request.Headers[HeaderName] = correlationId;
        // Set as the response starts, replacing any copy a proxied service sent back.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag("correlation.id", correlationId);

        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    public static string? Get(HttpContext context) => context.Items[HeaderName] as string;

    /// <summary>The header as the client sent it (none, too long or unsafe ones included), before this middleware set it.</summary>
    public static StringValues Sent(HttpContext context) =>
        context.Items.TryGetValue(SentKey, out var sent) && sent is StringValues values ? values : context.Request.Headers[HeaderName];

    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>A client's id is kept only when it is short and made of safe characters.</summary>
    public static string? Read(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(IsSafe) ? value : null;

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
