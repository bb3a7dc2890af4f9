using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.ServiceDefaults.Http;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// RFC 7807 problem details for every error, with the trace and correlation ids an operator needs
    /// to find the request — and never an exception message, stack trace or SQL.
    /// </summary>
    public static IServiceCollection AddJusticeProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            context.ProblemDetails.Instance ??= http.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
            if (CorrelationIdMiddleware.Get(http) is { } correlationId)
            {
                context.ProblemDetails.Extensions["correlationId"] = correlationId;
            }
            context.ProblemDetails.Extensions.Remove("exception");
        });
}
