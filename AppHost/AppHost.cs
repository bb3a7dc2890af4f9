using Justice.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);
var infrastructure = InfrastructureSettings.From(builder);

var postgres = builder.AddLocalPostgres("postgres", infrastructure);
// Each database has its own login (never the superuser), provisioned before the service that owns it starts.
var identityDb = postgres.AddDatabase("identitydb");
var trainingDb = postgres.AddDatabase("trainingdb");
var networkDb = postgres.AddDatabase("networkdb");
var assessmentDb = postgres.AddDatabase("assessmentdb");
var monitoringDb = postgres.AddDatabase("monitoringdb");
var publicityDb = postgres.AddDatabase("publicitydb");
var eventbus = builder.AddLocalRabbitMq("eventbus", infrastructure);
var mail = builder.AddLocalMail("smtp4dev", infrastructure);

// Generated on first start into .data/ and shown on the dashboard; never a default in code or docs.
var adminPassword = builder.AddParameter("identity-admin-password",
    Secrets.ReadOrCreate(Path.Combine(infrastructure.DataDirectory, "identity-admin.password")), secret: true);
var dashboardSecret = builder.AddParameter("national-dashboard-secret",
    Secrets.ReadOrCreate(Path.Combine(infrastructure.DataDirectory, "national-dashboard.secret")), secret: true);
var issuer = $"http://localhost:{infrastructure.GatewayPort}/";

var identity = builder.AddProject<Projects.Justice_Identity>("identity")
    .InHostEnvironment()
    .WithReference(identityDb).WaitFor(identityDb)
    .WithEnvironment("Identity__Issuer", issuer)
    .WithEnvironment("Identity__KeysPath", Path.Combine(infrastructure.DataDirectory, "identity-keys"))
    .WithEnvironment("Identity__Admin__UserName", "admin")
    .WithEnvironment("Identity__Admin__Password", adminPassword)
    .WithEnvironment("Identity__Clients__Machines__0__ClientId", "national-dashboard")
    .WithEnvironment("Identity__Clients__Machines__0__Secret", dashboardSecret)
    .WithEnvironment("Identity__Clients__Machines__0__Role", "evaluator")
    // A regional portal run locally (the authorization code flow with PKCE) gets its code back here.
    .WithEnvironment("Identity__Portal__RedirectUris__0", LocalPortal.RedirectUri)
    // Inside the system only: every public identity address (discovery, keys, /connect/*, the sign-in page) is the
    // gateway's, so identity's own endpoint is never published outside.
    .WithEndpoint("http", endpoint => endpoint.IsExternal = false)
    .WithHttpHealthCheck("/health")
    .Supervised();

var network = builder.AddProject<Projects.Justice_Network>("network")
    .InHostEnvironment()
    .WithReference(networkDb).WaitFor(networkDb)
    .WithEventBus(eventbus, infrastructure)
    .WithReference(identity).WithEnvironment("Identity__Issuer", issuer)
    .WithHttpHealthCheck("/health")
    .Supervised();

// Training does not wait for Network: until Network answers, its region checks answer 503, and events
// published before Network's queues exist come back from the broker and stay in the outbox until they do.
var training = builder.AddProject<Projects.Justice_Training>("training")
    .InHostEnvironment()
    .WithReference(trainingDb).WaitFor(trainingDb)
    .WithEventBus(eventbus, infrastructure)
    .WithReference(network)
    .WithReference(identity).WithEnvironment("Identity__Issuer", issuer)
    .WithHttpHealthCheck("/health")
    .Supervised();

// Victims' personal fields are encrypted with keys kept in files outside the database.
var assessment = builder.AddProject<Projects.Justice_Assessment>("assessment")
    .InHostEnvironment()
    .WithReference(assessmentDb).WaitFor(assessmentDb)
    .WithEventBus(eventbus, infrastructure)
    .WithReference(training)
    .WithReference(identity).WithEnvironment("Identity__Issuer", issuer)
    .WithEnvironment("Assessment__KeysPath", Path.Combine(infrastructure.DataDirectory, "assessment-keys"))
    .WithHttpHealthCheck("/health")
    .Supervised();

// Counts what the other services' events say; asks none of them anything.
var monitoring = builder.AddProject<Projects.Justice_Monitoring>("monitoring")
    .InHostEnvironment()
    .WithReference(monitoringDb).WaitFor(monitoringDb)
    .WithEventBus(eventbus, infrastructure)
    .WithReference(identity).WithEnvironment("Identity__Issuer", issuer)
    .WithHttpHealthCheck("/health")
    .Supervised();

// Public events, publications and the public website (at the gateway's /); mail to participants goes to smtp4dev,
// whose web UI shows it.
var publicity = builder.AddProject<Projects.Justice_Publicity>("publicity")
    .InHostEnvironment()
    .WithReference(publicityDb).WaitFor(publicityDb)
    .WithEventBus(eventbus, infrastructure)
    // The website shows each region's institutions (Network) and the trainings to come (Training), and checks certificates.
    .WithReference(network).WithReference(training)
    .WithReference(identity).WithEnvironment("Identity__Issuer", issuer)
    .WithEnvironment("Publicity__Mail__Server", mail.GetEndpoint("smtp")).WaitFor(mail)
    .WithEnvironment("Publicity__PublicAddress", issuer)
    .WithHttpHealthCheck("/health")
    .Supervised();

builder.AddProject<Projects.Justice_Gateway>("gateway")
    .InHostEnvironment()
    .WithReference(identity).WaitFor(identity)
    .WithReference(training).WaitFor(training)
    .WithReference(network).WaitFor(network)
    .WithReference(assessment).WaitFor(assessment)
    .WithReference(monitoring).WaitFor(monitoring)
    .WithReference(publicity).WaitFor(publicity)
    .WithEnvironment("Identity__Issuer", issuer)
    .WithHttpHealthCheck("/health")
    .Supervised();

builder.Build().Run();

/// <summary>Where a regional portal under development runs (Vite's default port).</summary>
internal static class LocalPortal
{
    public const string RedirectUri = "http://localhost:5173/callback";
}

internal static class ProjectDefaults
{
    /// <summary>Services run in the AppHost's environment (Development locally: the password grant is on).</summary>
    public static IResourceBuilder<ProjectResource> InHostEnvironment(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("ASPNETCORE_ENVIRONMENT", project.ApplicationBuilder.Environment.EnvironmentName);
}
