using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Justice.Contracts.Events;

namespace Justice.Messaging;

/// <summary>The events of <c>Justice.Contracts</c>, by the name the outbox stores, and who publishes each.</summary>
public static class IntegrationEventTypes
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly FrozenDictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly
        .GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type))
        .ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);

    /// <summary>Every integration event type.</summary>
    public static IEnumerable<Type> All => ByName.Values;

    public static string NameOf(Type type) =>
        ByName.TryGetValue(type.Name, out var known) && known == type
            ? type.Name
            : throw new ArgumentException($"{type.FullName} is not an integration event of Justice.Contracts.", nameof(type));

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The service (and broker user) that alone may publish <paramref name="type"/>, from its <see cref="PublishedByAttribute"/>.</summary>
    public static string PublisherOf(Type type) =>
        type.GetCustomAttribute<PublishedByAttribute>()?.Service
            ?? throw new InvalidOperationException($"{type.FullName} names no publisher: add [PublishedBy(\"service\")].");

    /// <summary>The events <paramref name="service"/> publishes.</summary>
    public static IEnumerable<Type> PublishedBy(string service) =>
        All.Where(type => PublisherOf(type) == service).OrderBy(type => type.Name, StringComparer.Ordinal);

    /// <summary>The exchange an event is published to: MassTransit's name for the message type, <c>Namespace:Name</c>.</summary>
    public static string ExchangeOf(Type type) => $"{type.Namespace}:{type.Name}";
}
