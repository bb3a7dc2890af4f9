namespace Justice.Identity.Tokens;

/// <summary>Machine clients (section <c>Identity:Clients</c>): other services and national dashboards.</summary>
public sealed class ClientsOptions
{
    public List<MachineClient> Machines { get; set; } = [];

    public MachineClient? Find(string? clientId) =>
        Machines.SingleOrDefault(client => string.Equals(client.ClientId, clientId, StringComparison.Ordinal));
}

/// <summary>A client that signs in with its own id and secret (client credentials).</summary>
public sealed class MachineClient
{
    public required string ClientId { get; set; }
    public required string Secret { get; set; }
    public required string Role { get; set; }
}
