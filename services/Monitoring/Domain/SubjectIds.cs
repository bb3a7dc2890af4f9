using System.Security.Cryptography;
using System.Text;

namespace Justice.Monitoring.Domain;

/// <summary>An id for a subject that events name by several parts (a certificate is its holder and session).</summary>
public static class SubjectIds
{
    /// <summary>The same parts give the same id, always: the first 16 bytes of their SHA-256.</summary>
    public static Guid Of(params object[] parts)
    {
        var text = string.Join('|', parts.Select(part => Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture)));
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }
}
