using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

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
        var limit = RequestLimits.MaxBodyBytesOf(context);
        if (context.Request.ContentLength > limit)
        {
            await Problems.PayloadTooLarge(limit.Value).ExecuteAsync(context);
            return;
        }
        if (limit != RequestLimits.MaxBodyBytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        await next(context);
    }
}
