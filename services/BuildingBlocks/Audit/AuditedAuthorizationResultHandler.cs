using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Audit;

/// <summary>
/// Writes every refused authorisation (a signed-in caller without the role an endpoint needs) to the
/// service's security audit log, then answers as ASP.NET Core would (403).
/// </summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<SecurityAuditLog>();
            // The action is the route (short, and the same for every resource); the subject is the path, which
            // names the resource by ids only: names never travel in URLs.
            var route = context.GetEndpoint() is RouteEndpoint endpoint && endpoint.RoutePattern.RawText is { } pattern
                ? "/" + pattern.Trim('/')
                : context.Request.Path.Value;
            await audit.RecordAsync(context, $"{context.Request.Method} {route}", context.Request.Path.Value, "refused");
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
