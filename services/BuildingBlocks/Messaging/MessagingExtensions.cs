using Justice.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

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
    public static IHostApplicationBuilder AddEventBus(this IHostApplicationBuilder builder,
        string serviceName, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(EventBusConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{EventBusConnectionName}' is missing.");

        // MassTransit traces publish and consume itself; RabbitMQ.Client's spans would only duplicate them.
        builder.AddRabbitMQClient(EventBusConnectionName, settings => settings.DisableTracing = true);

        // The host starts only once its queues are declared and bound.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
        });
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                // Confirms, tracked per message (RabbitMQ.Client 7): a publish completes once the broker took the
                // message, and a mandatory one it returned fails with MessageReturnedException instead.
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
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
        return builder;
    }

    /// <summary>Registers the interceptor that wakes the outbox dispatcher; call from the DbContext options.</summary>
    public static DbContextOptionsBuilder UseOutboxSignal(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>());
}
