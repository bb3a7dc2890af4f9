using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Messaging.Audit;

/// <summary>
/// Writes every refused authorisation (a signed-in caller without the role an endpoint needs) to the
/// service's security audit log, then answers as ASP.NET Core would (403).
/// </summary>
public sealed class AuditedAuthorizationResultHandler<TDbContext> : IAuthorizationMiddlewareResultHandler
    where TDbContext : DbContext
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var db = context.RequestServices.GetRequiredService<TDbContext>();
            // The path names the resource by id only; names never travel in URLs.
            await db.RecordAsync(context, $"{context.Request.Method} {context.Request.Path}", null, "refused");
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

public static class AuditedAuthorizationExtensions
{
    public static IServiceCollection AddAuditedAuthorization<TDbContext>(this IServiceCollection services)
        where TDbContext : DbContext =>
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler<TDbContext>>();
}
