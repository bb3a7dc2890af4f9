using System.Security.Cryptography;

namespace Justice.AppHost.Infrastructure;

public static class Secrets
{
    /// <summary>
    /// A secret generated on first start and kept (mode 0600) in the ignored data folder, beside the data
    /// it protects, so the next start finds the same one. Never a default written in code or docs.
    /// </summary>
    public static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        File.WriteAllText(path, secret + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return secret;
    }
}
