using System.Globalization;

namespace Justice.AppHost.Infrastructure;

/// <summary>
/// smtp4dev (the repository's .NET tool <c>Rnwood.Smtp4dev</c>) as the local mail server: it keeps every mail the
/// services send, in memory, and shows them in its web UI (the dashboard links it); nothing is delivered anywhere.
/// In production <c>Publicity:Mail</c> names the ministry's relay instead.
/// </summary>
public static class LocalMail
{
    public static IResourceBuilder<ExecutableResource> AddLocalMail(this IDistributedApplicationBuilder builder, string name,
        InfrastructureSettings settings)
    {
        var web = settings.MailWebPort.ToString(CultureInfo.InvariantCulture);
        var smtp = settings.MailPort.ToString(CultureInfo.InvariantCulture);
        return builder.AddExecutable(name, "dotnet", settings.RepositoryRoot,
                "tool", "run", "smtp4dev", "--", $"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}", "--bindaddress=127.0.0.1",
                "--imapport=0", "--pop3port=0", "--db=", "--nousersettings", "--hostname=localhost", "--messagestokeep=1000")
            .WithHttpEndpoint(port: settings.MailWebPort, name: "http", isProxied: false)
            .WithEndpoint(port: settings.MailPort, scheme: "smtp", name: "smtp", isProxied: false)
            .WithHttpHealthCheck("/api/messages", endpointName: "http")
            .ExcludeFromManifest();
    }
}
