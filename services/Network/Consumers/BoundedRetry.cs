using MassTransit;

namespace Justice.Network.Consumers;

/// <summary>How Network's consumers retry: a few times, briefly; what still fails lands in the _error queue with its fault.</summary>
public sealed class BoundedRetry<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(200, 1000, 3000));
}
