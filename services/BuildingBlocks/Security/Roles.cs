namespace Justice.Security;

/// <summary>The programme's roles. National roles have no judicial region.</summary>
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
