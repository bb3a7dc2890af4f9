namespace Justice.Dashboard;

/// <summary>What one run of <c>justice-dashboard</c> was asked for.</summary>
public sealed record DashboardOptions
{
    /// <summary>Where <c>./eng/run.sh</c> publishes the gateway's REST port (and with it <c>/connect/token</c>).</summary>
    public static readonly Uri DefaultGateway = new("http://localhost:8080");

    /// <summary>The gateway's gRPC port (cleartext HTTP/2).</summary>
    public static readonly Uri DefaultGrpc = new("http://localhost:8081");

    public const string DefaultClientId = "national-dashboard";

    /// <summary>Where the AppHost writes the local secret, from the repository's root.</summary>
    public static readonly string DefaultSecretFile = Path.Combine(".data", "national-dashboard.secret");

    public const string SecretVariable = "JUSTICE_DASHBOARD_SECRET";

    public Uri Gateway { get; init; } = DefaultGateway;
    public Uri Grpc { get; init; } = DefaultGrpc;
    public string ClientId { get; init; } = DefaultClientId;

    /// <summary>The secret given on the command line or in <see cref="SecretVariable"/>; null: read <see cref="SecretFile"/>.</summary>
    public string? Secret { get; init; }

    public string SecretFile { get; init; } = DefaultSecretFile;

    /// <summary>A region to show besides the national figures, e.g. BG-05; null: national only.</summary>
    public string? Region { get; init; }

    public string Language { get; init; } = "bg";

    /// <summary>Print the tables once and exit, instead of watching.</summary>
    public bool Once { get; init; }

    public bool Help { get; init; }

    public const string Usage = """
        justice-dashboard: the programme's national indicators, live.

        Options:
          --gateway URL       REST address of the gateway, for /connect/token (default http://localhost:8080)
          --grpc URL          gRPC (h2c) address of the gateway (default http://localhost:8081)
          --client-id ID      machine client (default national-dashboard)
          --secret SECRET     the client's secret; else --secret-file if given, else $JUSTICE_DASHBOARD_SECRET
          --secret-file PATH  file holding the secret (default .data/national-dashboard.secret)
          --region BG-05      also show one judicial region
          --language bg|en|fr language of names and messages (default bg)
          --once              print the tables once and exit
          -h, --help          this text

        Exit codes: 0 done, 1 unexpected error, 2 wrong command line or no secret, 3 server unreachable,
        4 secret refused, 5 access denied, 6 unknown region.
        """;

    /// <summary>The secret: given, or the first line of <see cref="SecretFile"/>; null when neither is there.</summary>
    public string? ReadSecret()
    {
        if (!string.IsNullOrEmpty(Secret))
        {
            return Secret;
        }
        if (!File.Exists(SecretFile))
        {
            return null;
        }
        var text = File.ReadAllText(SecretFile).Trim();
        return text.Length == 0 ? null : text;
    }
}
