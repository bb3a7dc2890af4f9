namespace Justice.Testing;

/// <summary>The throwaway PostgreSQL and RabbitMQ that <c>eng/test.sh</c> starts and names in the environment.</summary>
public static class TestServers
{
    public static string Postgres => Required("JUSTICE_TEST_POSTGRES");
    public static Uri RabbitMq => new(Required("JUSTICE_TEST_RABBITMQ"));
    public static Uri RabbitMqManagement => new(Required("JUSTICE_TEST_RABBITMQ_MANAGEMENT"));

    /// <summary>The repository's root, where <c>eng/</c> lives.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Justice.Aspire.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("Justice.Aspire.sln not found above the test binaries.");
        }
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with ./eng/test.sh, which starts the servers.");
}
