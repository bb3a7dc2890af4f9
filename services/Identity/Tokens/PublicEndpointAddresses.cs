using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Discovery;

namespace Justice.Identity.Tokens;

/// <summary>
/// The discovery document names the public address (the issuer: the gateway) of every endpoint, never the address the
/// request reached this service at, which is inside the system.
/// </summary>
public sealed class PublicEndpointAddresses : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseSingletonHandler<PublicEndpointAddresses>()
            .SetOrder(AttachEndpoints.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        context.BaseUri = context.Options.Issuer ?? context.BaseUri;
        return ValueTask.CompletedTask;
    }
}
