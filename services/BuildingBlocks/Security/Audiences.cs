namespace Justice.Security;

/// <summary>Token audiences: one per service that validates tokens.</summary>
public static class Audiences
{
    public const string Training = "training";
    public const string Network = "network";
    public const string Identity = "identity";
    public const string Assessment = "assessment";
    public const string Monitoring = "monitoring";
    public const string Publicity = "publicity";

    public static readonly IReadOnlyList<string> All = [Training, Network, Identity, Assessment, Monitoring, Publicity];
}
