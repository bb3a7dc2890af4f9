namespace Justice.ServiceDefaults.Security;

/// <summary>The roles of shared/DESIGN.md §7. National roles have no judicial region.</summary>
public static class Roles
{
    public const string NationalAdmin = "national-admin";
    public const string RegionalCoordinator = "regional-coordinator";
    public const string Practitioner = "practitioner";
    public const string Trainer = "trainer";
    /// <summary>Sees aggregates only, never personal data.</summary>
    public const string Evaluator = "evaluator";
    public const string PublicityEditor = "publicity-editor";
    /// <summary>A machine client (another service, a national dashboard) using client credentials.</summary>
    public const string Service = "service";

    public static readonly IReadOnlyList<string> People =
        [NationalAdmin, RegionalCoordinator, Practitioner, Trainer, Evaluator, PublicityEditor];

    /// <summary>Roles held nationally: they carry no region and are not limited to one.</summary>
    public static bool IsNational(string role) => role is NationalAdmin or Evaluator or PublicityEditor or Service;
}

/// <summary>Claim types in Justice access tokens.</summary>
public static class JusticeClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    /// <summary>ISO 3166-2:BG code of the user's judicial region; absent for national roles.</summary>
    public const string Region = "region";
    public const string Institution = "institution";
}

/// <summary>Token audiences: one per service that validates tokens.</summary>
public static class Audiences
{
    public const string Training = "training";
    public const string Network = "network";
    public const string Identity = "identity";

    public static readonly IReadOnlyList<string> All = [Training, Network, Identity];
}
