using System.Security.Cryptography;
using System.Text;

namespace Justice.Identity.Accounts;

/// <summary>
/// What the audit log and the sign-in throttle call a user name nobody holds: a keyed hash (HMAC-SHA256), never the
/// text typed, which may be a mistyped password or someone's name. The same name always gives the same hash, so
/// repeated attempts on it can still be counted and correlated. The key is a file beside the signing keys
/// (<c>Identity:KeysPath</c>), made on first start.
/// </summary>
public sealed class AuditNames
{
    private const int KeyBytes = 32;
    private readonly byte[] _key;

    public AuditNames(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Identity:KeysPath"] ?? Path.Combine(environment.ContentRootPath, ".keys");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "audit-names.key");
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(KeyBytes));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        _key = File.ReadAllBytes(path);
    }

    /// <summary><c>name:</c> and 32 hex digits of the HMAC of the trimmed, upper-cased name.</summary>
    public string Of(string? userName) =>
        "name:" + Convert.ToHexStringLower(HMACSHA256.HashData(_key,
            Encoding.UTF8.GetBytes((userName ?? "").Trim().ToUpperInvariant())))[..32];
}
