using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

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
        httpContext.Response.Headers[HeaderNames.RetryAfter] =
            ((int)DatabaseOutage.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: DatabaseOutage.Title,
            detail: DatabaseOutage.Detail).ExecuteAsync(httpContext);
        return true;
    }
}
