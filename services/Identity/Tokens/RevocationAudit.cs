using Justice.Audit;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Justice.Identity.Tokens;

/// <summary>Audits every answer of <c>/connect/revoke</c> (RFC 7009), which OpenIddict handles without the app's code.</summary>
public sealed class RevocationAudit(SecurityAuditLog audit, IHttpContextAccessor http) : IOpenIddictServerHandler<ApplyRevocationResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyRevocationResponseContext>()
            .UseScopedHandler<RevocationAudit>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ApplyRevocationResponseContext context)
    {
        if (http.HttpContext is { } request)
        {
            var outcome = string.IsNullOrEmpty(context.Response.Error) ? "succeeded" : $"refused:{context.Response.Error}";
            await audit.RecordAsync(request, "token-revoke", null, outcome, actor: context.Request?.ClientId ?? "?");
        }
    }
}
