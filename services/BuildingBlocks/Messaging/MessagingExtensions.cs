using Justice.Contracts.Events;
using Justice.Messaging.Broker;
using Justice.Messaging.Failures;
using Justice.Messaging.Outbox;
using Justice.Messaging.Publishers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Justice.Messaging;

public static class MessagingExtensions
{
    /// <summary>The Aspire connection string that points at RabbitMQ.</summary>
    public const string EventBusConnectionName = "eventbus";

    /// <summary>
    /// Connects a service to the event bus: MassTransit over RabbitMQ (publisher confirms, durable queues named
    /// <c>{service}-{consumer}</c>) with the consumers <paramref name="addConsumers"/> registers, and the broker's
    /// health check. A service that publishes adds <see cref="AddOutbox{TDbContext}"/> as well.
    /// </summary>
    /// <remarks>
    /// The connection string's user is the service's own broker user, allowed only its own queues and its own
    /// events' exchanges (<see cref="Broker.BrokerPermissions"/>). So every entity the bus declares is named
    /// <c>{service}-…</c>; consumers bind their queues to the events' exchanges without declaring them
    /// (<see cref="EventBindings"/>); no fault events are published; published messages carry the sender
    /// (<see cref="EventPublisher"/>) and consumers refuse an event its publisher did not send
    /// (<see cref="PublisherCheckFilter{T}"/>). Every consumer endpoint retries a failed message a few times
    /// (<see cref="MessageRetryOptions"/>), then moves it to its <c>_error</c> queue (<see cref="ErrorQueue"/>).
    /// Endpoints that lost the broker start again within a second or two of its return
    /// (<see cref="ReceiveEndpointReconnector"/>).
    /// </remarks>
    public static IHostApplicationBuilder AddEventBus(this IHostApplicationBuilder builder,
        string serviceName, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(EventBusConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{EventBusConnectionName}' is missing.");

        var brokerUser = EventPublisher.BrokerUserOf(new Uri(connectionString));

        // MassTransit traces publish and consume itself; RabbitMQ.Client's spans would only duplicate them. This
        // connection serves the health check and the bindings, and tells the reconnector that the broker is back.
        builder.AddRabbitMQClient(EventBusConnectionName, settings => settings.DisableTracing = true,
            factory => factory.NetworkRecoveryInterval = BrokerReturns.RecoveryInterval);

        // The host starts only once its queues are declared and bound.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
        });
        builder.Services.AddSingleton(new BusIdentity(brokerUser));
        builder.Services.AddOptions<MessageRetryOptions>().BindConfiguration(MessageRetryOptions.Section);
        builder.Services.AddSingleton<MessagingMetrics>();
        builder.Services.AddSingleton<ErrorQueue>();
        builder.Services.AddSingleton<EventBindings>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BrokerReturns>();
        builder.Services.AddSingleton<ReceiveEndpointReconnector>();
        builder.Services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<ReceiveEndpointReconnector>());
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                endpoint.ConfigureConsumeTopology = false;
                endpoint.PublishFaults = false;
                var retry = context.GetRequiredService<IOptions<MessageRetryOptions>>().Value;
                endpoint.UseMessageRetry(retry.Apply);
                var errorQueue = context.GetRequiredService<ErrorQueue>();
                endpoint.ConfigureError(error => error.UseFilter(new ErrorQueueFilter(errorQueue)));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                // Confirms, tracked per message (RabbitMQ.Client 7): a publish completes once the broker took the
                // message, and a mandatory one it returned fails with MessageReturnedException instead.
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                rabbit.OverrideDefaultBusEndpointQueueName($"{serviceName}-bus-{Guid.NewGuid():N}");
                // Each event has one exchange, its own: none shared through the interface all events implement.
                rabbit.Publish<IIntegrationEvent>(topology => topology.Exclude = true);
                rabbit.ConfigurePublish(publish => publish.UseExecute(context => EventPublisher.Stamp(context, serviceName, brokerUser)));
                rabbit.UseConsumeFilter(typeof(MessageTypeFilter<>), context);
                rabbit.UseConsumeFilter(typeof(PublisherCheckFilter<>), context);
                context.GetRequiredService<EventBindings>().AddConsumers(context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        // After MassTransit's own hosted service, which declares the queues before it returns.
        builder.Services.AddHostedService(provider => provider.GetRequiredService<EventBindings>());
        // After MassTransit's hosted service as well, so it stops restarting endpoints before the bus stops them.
        builder.Services.AddHostedService(provider => provider.GetRequiredService<ReceiveEndpointReconnector>());
        return builder;
    }

    /// <summary>
    /// The transactional outbox over <typeparamref name="TDbContext"/> and the dispatcher that publishes it: for a
    /// service that publishes events. Its DbContext options call <see cref="UseOutboxSignal"/>.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox<TDbContext>(this IHostApplicationBuilder builder) where TDbContext : DbContext
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddScoped<IOutbox, Outbox<TDbContext>>();
        builder.Services.AddSingleton<OutboxDispatcher<TDbContext>>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher<TDbContext>>());
        builder.Services.AddHealthChecks().AddCheck<OutboxBacklogHealthCheck<TDbContext>>(OutboxBacklogHealthCheck<TDbContext>.Name);
        return builder;
    }

    /// <summary>
    /// Lets other services ask this one to send its past events again (<see cref="Replay.EventReplayConsumer{TDbContext}"/>):
    /// for every service that publishes, in its <see cref="AddEventBus"/> consumers.
    /// </summary>
    public static IBusRegistrationConfigurator AddEventReplay<TDbContext>(this IBusRegistrationConfigurator bus, string serviceName)
        where TDbContext : DbContext
    {
        bus.AddConsumer<Replay.EventReplayConsumer<TDbContext>>().Endpoint(endpoint => endpoint.Name = $"{serviceName}-event-replay");
        return bus;
    }

    /// <summary>Registers the interceptor that wakes the outbox dispatcher; call from the DbContext options.</summary>
    public static DbContextOptionsBuilder UseOutboxSignal(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>());
}
