using Justice.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Justice.BuildingBlocks.Tests.Persistence;

/// <summary>A service gives up on opening a database connection after 8 s, so a silent database is answered 503 before the gateway times out.</summary>
public sealed class ConnectTimeoutTests
{
    private sealed class EmptyDb(DbContextOptions<EmptyDb> options) : DbContext(options);

    [Fact]
    public void A_connection_string_without_a_timeout_gets_5_seconds_instead_of_Npgsqls_15()
    {
        Assert.Equal(8, TimeoutOf("Host=db.internal;Database=trainingdb;Username=trainingdb"));
    }

    [Fact]
    public void A_connection_string_that_names_its_own_timeout_keeps_it()
    {
        Assert.Equal(20, TimeoutOf("Host=db.internal;Database=trainingdb;Username=trainingdb;Timeout=20"));
    }

    private static int TimeoutOf(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:testdb"] = connectionString });
        builder.AddServiceDatabase<EmptyDb>("testdb");
        using var host = builder.Build();
        return new NpgsqlConnectionStringBuilder(host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString).Timeout;
    }
}
