using Microsoft.AspNetCore.HttpOverrides;

namespace Justice.Identity.Accounts;

/// <summary>
/// Identity is reached through the gateway, so a connection's address is the gateway's: the sign-in throttle would count
/// every client as one source, and a stranger's wrong passwords would shut out everyone. The gateway appends the client's
/// address to <c>X-Forwarded-For</c>; Identity takes the last entry only, and only from a trusted proxy: loopback (the
/// local AppHost) and the networks in <c>Identity:TrustedProxyNetworks</c> (CIDR, e.g. the cluster's pod network). A
/// client that reaches Identity directly cannot choose its address, and one that sends its own header through the
/// gateway only adds an entry before the gateway's.
/// </summary>
public static class ForwardedClientAddress
{
    public static ForwardedHeadersOptions Options(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        foreach (var network in configuration.GetSection("Identity:TrustedProxyNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
        return options;
    }
}
