using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Justice.Api;

/// <summary>Answers an HTTP request that met a <see cref="DatabaseOutage"/> with 503 problem details and <c>Retry-After</c>.</summary>
public sealed class DatabaseOutageProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted || !DatabaseOutage.Is(exception))
        {
            return false;
        }
        Problems.SetRetryAfter(httpContext.Response, DatabaseOutage.RetryAfter);
        await Problems.Unavailable(DatabaseOutage.DetailForReader).ExecuteAsync(httpContext);
        return true;
    }
}
