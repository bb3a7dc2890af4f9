using System.Net;
using System.Text.Json;
using Grpc.Core;
using Justice.Testing;
using Justice.Training.V1;
using Npgsql;

namespace Justice.Training.Tests;

/// <summary>Training reaching its database through a link the tests sever, as if PostgreSQL's process were killed.</summary>
public sealed class SeverableDatabaseTrainingHost : TrainingHost
{
    private static readonly NpgsqlConnectionStringBuilder Server = new(TestServers.Postgres);

    public TcpRelay DatabaseLink { get; } = new(Server.Host!, Server.Port);

    protected override string TrainingConnectionString =>
        new NpgsqlConnectionStringBuilder(TrainingDatabase.ConnectionString) { Host = "127.0.0.1", Port = DatabaseLink.Port }.ConnectionString;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        DatabaseLink.Dispose();
    }
}

/// <summary>
/// With its database gone, Training tells callers to come back — 503 problem details with Retry-After, gRPC
/// Unavailable — instead of a 500 or a hang. Each test severs the link (again); neither needs it whole.
/// </summary>
public sealed class DatabaseOutageTests(SeverableDatabaseTrainingHost host) : IClassFixture<SeverableDatabaseTrainingHost>
{
    [Fact]
    public async Task A_read_while_the_database_is_down_answers_503_problem_details_with_Retry_After()
    {
        host.DatabaseLink.Sever();
        // Far above the services' 8-s connect timeout: a client that gives up first fails the test instead of hiding a hang.
        var training = host.CreateClient();
        training.Timeout = TimeSpan.FromSeconds(30);

        using var response = await training.GetAsync("/api/training/practitioners");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("Услугата е недостъпна", problem.GetProperty("title").GetString()); // no Accept-Language: Bulgarian
        Assert.Equal("Базата данни на услугата е недостъпна; опитайте отново след малко.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_gRPC_call_while_the_database_is_down_fails_Unavailable()
    {
        host.DatabaseLink.Sever();
        var (directory, headers) = host.Directory(host.AdminToken);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var failed = await Assert.ThrowsAsync<RpcException>(() =>
            directory.GetTrainingFiguresAsync(new GetTrainingFiguresRequest(), headers, cancellationToken: patience.Token).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, failed.StatusCode);
        Assert.Equal("The service's database is unavailable; try again shortly.", failed.Status.Detail);
    }
}
