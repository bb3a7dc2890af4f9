using System.Collections.Frozen;
using System.Text.Json;
using Justice.Contracts.Events;

namespace Justice.Messaging;

/// <summary>The events of <c>Justice.Contracts</c>, by the name the outbox stores.</summary>
public static class IntegrationEventTypes
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly FrozenDictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly
        .GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type))
        .ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        ByName.TryGetValue(type.Name, out var known) && known == type
            ? type.Name
            : throw new ArgumentException($"{type.FullName} is not an integration event of Justice.Contracts.", nameof(type));

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);
}
