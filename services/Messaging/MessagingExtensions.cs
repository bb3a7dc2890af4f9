using Justice.Messaging.Inbox;
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
    /// Wires a service to the event bus: MassTransit over RabbitMQ (publisher confirms, durable queues
    /// named <c>{service}-{consumer}</c>), the outbox and its dispatcher over <typeparamref name="TDbContext"/>,
    /// and the consumers <paramref name="addConsumers"/> registers.
    /// </summary>
    public static IHostApplicationBuilder AddJusticeMessaging<TDbContext>(this IHostApplicationBuilder builder,
        string serviceName, Action<IBusRegistrationConfigurator>? addConsumers = null) where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(EventBusConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{EventBusConnectionName}' is missing.");

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddScoped<IOutbox, Outbox<TDbContext>>();
        builder.Services.AddSingleton<OutboxDispatcher<TDbContext>>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher<TDbContext>>());

        // The host starts only once its queues are declared and bound: no event published after that is lost.
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
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>Registers the interceptor that wakes the outbox dispatcher; call from the DbContext options.</summary>
    public static DbContextOptionsBuilder UseOutboxSignal(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>());

    /// <summary>Applies the service's migrations on start (see <see cref="DatabaseMigrator{TDbContext}"/>).</summary>
    public static IServiceCollection AddDatabaseMigrator<TDbContext>(this IServiceCollection services) where TDbContext : DbContext =>
        services.AddHostedService<DatabaseMigrator<TDbContext>>();
}
