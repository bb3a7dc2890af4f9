using Justice.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);
var infrastructure = InfrastructureSettings.From(builder);

var postgres = builder.AddLocalPostgres("postgres", infrastructure);
var trainingDb = postgres.AddDatabase("trainingdb");
var networkDb = postgres.AddDatabase("networkdb");
var eventbus = builder.AddLocalRabbitMq("eventbus", infrastructure);

var network = builder.AddProject<Projects.Justice_Network>("network")
    .WithReference(networkDb).WaitFor(postgres)
    .WithReference(eventbus).WaitFor(eventbus)
    .WithHttpHealthCheck("/health");

// Training waits for Network: it checks regions there, and Network's queues must exist before
// Training publishes its first event.
var training = builder.AddProject<Projects.Justice_Training>("training")
    .WithReference(trainingDb).WaitFor(postgres)
    .WithReference(eventbus).WaitFor(eventbus)
    .WithReference(network).WaitFor(network)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Justice_Gateway>("gateway")
    .WithReference(training).WaitFor(training)
    .WithReference(network).WaitFor(network)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
