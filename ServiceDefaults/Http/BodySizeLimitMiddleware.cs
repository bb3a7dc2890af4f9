using Microsoft.AspNetCore.Http;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// Refuses a declared body over the limit with 413 problem details before anything reads it; a chunked body
/// is cut off by Kestrel's own limit, which the service defaults set to the same size.
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            await Problems.PayloadTooLarge().ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
