using System.Net;
using System.Net.Http.Json;

namespace Justice.Publicity.Website;

/// <summary>What Training's public check says of a certificate.</summary>
public sealed record CertificateVerification(string Status, bool Valid, string HolderName, string Training, DateOnly CompletedOn, DateOnly? RevokedOn);

/// <summary>
/// The certificate check the website's form makes: Training's public check, asked by this service so the code a visitor
/// types never sits in a URL of the website (nor in its logs).
/// </summary>
public sealed class CertificateCheck(HttpClient http)
{
    /// <summary>The verification, or null when no certificate has the code. Throws when Training does not answer.</summary>
    public async Task<CertificateVerification?> VerifyAsync(string code, CancellationToken cancellationToken)
    {
        var canonical = string.Concat(code.Where(char.IsLetterOrDigit));
        using var response = await http.GetAsync($"api/training/certificates/{Uri.EscapeDataString(canonical)}", cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<CertificateVerification>(cancellationToken);
    }
}
