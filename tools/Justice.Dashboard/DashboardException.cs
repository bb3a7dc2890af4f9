namespace Justice.Dashboard;

/// <summary>Why the dashboard cannot go on.</summary>
public enum FailureKind
{
    Unreachable,
    SecretRefused,
    Denied,
    RegionUnknown,
}

/// <summary>A failure the dashboard explains in one line and exits on (<see cref="ExitCodes"/>).</summary>
public sealed class DashboardException : Exception
{
    public DashboardException(FailureKind kind, string subject, Exception? cause = null)
        : base($"{kind}: {subject}", cause)
    {
        Kind = kind;
        Subject = subject;
    }

    public FailureKind Kind { get; }

    /// <summary>What the failure is about: an address, a client id or a region code.</summary>
    public string Subject { get; } = "";

    /// <summary>Worth another try while watching: the server may come back.</summary>
    public bool IsTransient => Kind == FailureKind.Unreachable;

    public int ExitCode => Kind switch
    {
        FailureKind.Unreachable => ExitCodes.Unreachable,
        FailureKind.SecretRefused => ExitCodes.SecretRefused,
        FailureKind.Denied => ExitCodes.Denied,
        FailureKind.RegionUnknown => ExitCodes.RegionUnknown,
        _ => ExitCodes.Unexpected,
    };

    public string Explain(Texts texts) => Kind switch
    {
        FailureKind.Unreachable => texts.Unreachable(Subject),
        FailureKind.SecretRefused => texts.SecretRefused(Subject),
        FailureKind.Denied => texts.Denied(Subject),
        FailureKind.RegionUnknown => texts.RegionUnknown(Subject),
        _ => Message,
    };
}
