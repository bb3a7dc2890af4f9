using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Justice.Identity.Tokens;

/// <summary>
/// The RSA keys that sign access tokens and protect refresh tokens and codes, kept as PEM files in a
/// folder of their own (<c>Identity:KeysPath</c>) so tokens outlive a restart. Created on first start.
/// </summary>
public static class SigningKeys
{
    public static RsaSecurityKey Load(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.pem");
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        var id = Convert.ToHexString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
        return new RsaSecurityKey(rsa) { KeyId = id };
    }
}
