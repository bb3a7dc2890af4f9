namespace Justice.Testing;

/// <summary>The throwaway PostgreSQL, RabbitMQ and mail server that <c>eng/test.sh</c> starts and names in the environment.</summary>
public static class TestServers
{
    public static string Postgres => Required("JUSTICE_TEST_POSTGRES");
    public static Uri RabbitMq => new(Required("JUSTICE_TEST_RABBITMQ"));
    public static Uri RabbitMqManagement => new(Required("JUSTICE_TEST_RABBITMQ_MANAGEMENT"));

    /// <summary>smtp4dev's SMTP address (<c>smtp://127.0.0.1:port</c>): services send their mail there.</summary>
    public static Uri Smtp => new(Required("JUSTICE_TEST_SMTP"));

    /// <summary>smtp4dev's web API, where <see cref="TestMailbox"/> reads what was sent.</summary>
    public static Uri MailApi => new(Required("JUSTICE_TEST_MAIL_API"));

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
