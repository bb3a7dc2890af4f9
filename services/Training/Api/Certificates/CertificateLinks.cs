using Justice.Training.Regions;

namespace Justice.Training.Api.Certificates;

/// <summary>What a certificate points at: the public verification address, and its region's name.</summary>
public sealed class CertificateLinks(IConfiguration configuration, RegionCatalog regions)
{
    /// <summary>The public address of the gateway (<c>Training:PublicBaseUrl</c>), where anyone can verify a certificate.</summary>
    public Uri VerificationUrl(string code)
    {
        var baseUrl = configuration["Training:PublicBaseUrl"] ?? "http://localhost:8080/";
        return new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), $"api/training/certificates/{code}");
    }

    /// <summary>The region's name in the certificate's language; the code itself when Network cannot say.</summary>
    public async Task<string> RegionNameAsync(string code, string language, CancellationToken cancellationToken)
    {
        try
        {
            var region = await regions.FindAsync(code, cancellationToken);
            return region is null ? code : language switch { "en" => region.NameEn, "fr" => region.NameFr, _ => region.NameBg };
        }
        catch (RegionCatalogUnavailableException)
        {
            // A certificate is still worth printing while Network is away.
            return code;
        }
    }
}
