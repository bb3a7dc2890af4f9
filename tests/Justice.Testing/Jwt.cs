using System.Text;
using System.Text.Json;

namespace Justice.Testing;

public static class Jwt
{
    /// <summary>The <c>sub</c> claim of a signed (not encrypted) access token: the account id services see.</summary>
    public static string Subject(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        return claims.RootElement.GetProperty("sub").GetString()!;
    }
}
