namespace Justice.Testing;

/// <summary>Settings for an in-memory identity service: its own database, keys folder, first admin and clients.</summary>
public sealed class IdentityHostSettings : IDisposable
{
    public const string Issuer = "http://identity.test/";
    public const string AdminUserName = "admin";
    public const string DashboardClientId = "national-dashboard";
    public const string PortalRedirectUri = "http://portal.test/callback";

    public TestDatabase Database { get; } = new("identity");
    public string KeysPath { get; } = Path.Combine(Path.GetTempPath(), $"justice-keys-{Guid.NewGuid():N}");
    public string AdminPassword { get; } = "Admin-" + Guid.NewGuid().ToString("N");
    public string DashboardSecret { get; } = Guid.NewGuid().ToString("N");

    public Dictionary<string, string?> Values => new()
    {
        ["ConnectionStrings:identitydb"] = Database.ConnectionString,
        ["Identity:Issuer"] = Issuer,
        ["Identity:KeysPath"] = KeysPath,
        ["Identity:Admin:UserName"] = AdminUserName,
        ["Identity:Admin:Password"] = AdminPassword,
        ["Identity:Clients:Machines:0:ClientId"] = DashboardClientId,
        ["Identity:Clients:Machines:0:Secret"] = DashboardSecret,
        ["Identity:Clients:Machines:0:Role"] = "evaluator",
        ["Identity:Portal:RedirectUris:0"] = PortalRedirectUri,
    };

    public void Dispose()
    {
        if (Directory.Exists(KeysPath))
        {
            Directory.Delete(KeysPath, recursive: true);
        }
    }
}
