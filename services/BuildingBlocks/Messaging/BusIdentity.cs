namespace Justice.Messaging;

/// <summary>Who this service is on the event bus: its name and the broker user its connection string names.</summary>
public sealed record BusIdentity(string Service, string BrokerUser);
