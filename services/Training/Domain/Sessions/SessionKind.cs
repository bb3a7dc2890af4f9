namespace Justice.Training.Domain.Sessions;

/// <summary>Regional sessions train a region's practitioners; national sessions train decision makers.</summary>
public enum SessionKind
{
    Regional,
    National,
}

/// <summary>The kinds as the API spells them.</summary>
public static class SessionKinds
{
    public const string Regional = "regional";
    public const string National = "national";
    public static readonly IReadOnlyList<string> Names = [Regional, National];

    public static string Describe(SessionKind kind) => kind == SessionKind.National ? National : Regional;
}
