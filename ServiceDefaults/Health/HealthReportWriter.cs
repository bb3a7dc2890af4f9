using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Justice.ServiceDefaults.Health;

/// <summary>
/// Writes <c>/health</c> as JSON: the overall status and each check's status, description and figures, so an
/// operator sees which part is down (the broker, the database, a growing outbox backlog) and not just "Unhealthy".
/// A check that threw shows its exception's type only: messages can carry connection details.
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => new
        {
            status = entry.Value.Status.ToString(),
            description = entry.Value.Exception is { } failure ? "Failed: " + failure.GetType().Name : entry.Value.Description,
            data = entry.Value.Data.Count == 0 ? null : entry.Value.Data,
        });
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks }));
    }
}
