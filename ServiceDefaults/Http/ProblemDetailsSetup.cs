using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.ServiceDefaults.Http;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// RFC 7807 problem details for every error, with the trace and correlation ids an operator needs
    /// to find the request — and never an exception message, stack trace or SQL. A problem the framework titled in
    /// English (a missing route, an unhandled error) gets its title in the reader's language.
    /// </summary>
    public static IServiceCollection AddJusticeProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            var problem = context.ProblemDetails;
            var status = problem.Status ?? http.Response.StatusCode;
            if (ProblemTitles.IsFrameworkDefault(status, problem.Title) && ProblemTitles.For(status) is { } title)
            {
                problem.Title = title;
            }
            context.ProblemDetails.Instance ??= http.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
            if (CorrelationIdMiddleware.Get(http) is { } correlationId)
            {
                context.ProblemDetails.Extensions["correlationId"] = correlationId;
            }
            context.ProblemDetails.Extensions.Remove("exception");
        });
}
