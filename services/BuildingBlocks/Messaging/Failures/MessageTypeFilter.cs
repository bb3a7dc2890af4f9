using Justice.Contracts.Events;
using MassTransit;

namespace Justice.Messaging.Failures;

/// <summary>
/// Notes on the delivery which integration event it carries, for the meter of failed messages: by the time a
/// message reaches the error pipe, MassTransit no longer offers what it was deserialized as.
/// </summary>
internal sealed class MessageTypeFilter<T> : IFilter<ConsumeContext<T>> where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (typeof(IIntegrationEvent).IsAssignableFrom(typeof(T)))
        {
            context.ReceiveContext.GetOrAddPayload(() => new ConsumedMessageType(typeof(T).Name));
        }
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("messageType");
}

/// <summary>The integration event a delivery was consumed as (its type's name, never its content).</summary>
internal sealed record ConsumedMessageType(string Name)
{
    public const string Unknown = "unknown";

    public static string Of(PipeContext context) =>
        context.TryGetPayload<ConsumedMessageType>(out var type) ? type.Name : Unknown;
}
