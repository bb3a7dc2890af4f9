using Microsoft.AspNetCore.Http;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// Refuses a declared body over the endpoint's limit with 413 problem details before anything reads it. A
/// chunked body is cut off by the server while it is read: at the Kestrel limit the service defaults set, or at
/// the endpoint's own limit (an upload's), which is handed to the server here.
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (RequestLimits.Limit(context, RequestLimits.MaxBodyBytesOf(context)) is { } tooLarge)
        {
            await tooLarge.ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
