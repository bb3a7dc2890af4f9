namespace Justice.Messaging;

/// <summary>Who this service is on the event bus: the broker user its connection string names.</summary>
public sealed record BusIdentity(string BrokerUser);
