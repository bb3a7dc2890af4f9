namespace Justice.Dashboard;

/// <summary>What <c>justice-dashboard</c> exits with, for scripts (README: "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>The tables were shown (<c>--once</c>), or the live view was closed with Ctrl+C.</summary>
    public const int Ok = 0;

    /// <summary>Something no other code names; the message says what.</summary>
    public const int Unexpected = 1;

    /// <summary>The command line is wrong, or no secret was given.</summary>
    public const int Usage = 2;

    /// <summary>The gateway (token endpoint or gRPC port) did not answer.</summary>
    public const int Unreachable = 3;

    /// <summary>The token endpoint refused the client: the secret (or client id) is wrong.</summary>
    public const int SecretRefused = 4;

    /// <summary>Signed in, but the caller may not read the national indicators.</summary>
    public const int Denied = 5;

    /// <summary>The region asked for (<c>--region</c>) does not exist.</summary>
    public const int RegionUnknown = 6;
}
