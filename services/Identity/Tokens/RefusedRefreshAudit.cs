using Justice.Audit;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Justice.Identity.Tokens;

/// <summary>
/// Audits a refused refresh token — above all a reused one, which OpenIddict refuses (and whose family
/// it revokes) before the token endpoint's own code runs.
/// </summary>
public sealed class RefusedRefreshAudit(SecurityAuditLog audit, IHttpContextAccessor http) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseScopedHandler<RefusedRefreshAudit>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (context.Request?.IsRefreshTokenGrantType() == true && !string.IsNullOrEmpty(context.Response.Error)
            && http.HttpContext is { } request)
        {
            await audit.RecordAsync(request, "token-refresh", null, $"refused:{context.Response.Error}",
                actor: context.Request.ClientId ?? "?");
        }
    }
}
