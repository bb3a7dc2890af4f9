using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Justice.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Justice.Training.Tests;

/// <summary>Tokens that must not open anything: each is refused with 401 and nothing is read.</summary>
public sealed class TokenAbuseTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    public static TheoryData<string> Abuses => ["none", "expired", "wrong-audience", "wrong-issuer", "alg-none", "tampered", "other-key"];

    [Theory]
    [MemberData(nameof(Abuses))]
    public async Task A_bad_token_is_refused(string abuse)
    {
        var client = host.Training.CreateClient();
        if (abuse != "none")
        {
            client.WithToken(Token(abuse));
        }

        using var response = await client.GetAsync("/api/training/practitioners");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_minted_like_the_bad_ones_but_correct_is_accepted()
    {
        // Proves the minting below is faithful, so the refusals above are about the one thing each changes.
        using var response = await host.Training.CreateClient().WithToken(Token("genuine")).GetAsync("/api/training/practitioners");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private string Token(string abuse)
    {
        switch (abuse)
        {
            case "alg-none":
                return Base64Url("""{"alg":"none","typ":"at+jwt"}""") + "." + host.AdminToken.Split('.')[1] + ".";
            case "tampered":
                var parts = host.AdminToken.Split('.');
                var claims = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("national-admin", "national-admim", StringComparison.Ordinal);
                return parts[0] + "." + Base64Url(claims) + "." + parts[2];
        }

        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = abuse == "wrong-issuer" ? "http://evil.test/" : IdentityHostSettings.Issuer,
            Audience = abuse == "wrong-audience" ? "publicity" : "training",
            Subject = new ClaimsIdentity([new Claim("sub", "someone"), new Claim("role", "national-admin")]),
            IssuedAt = abuse == "expired" ? now.AddHours(-2) : now,
            NotBefore = abuse == "expired" ? now.AddHours(-2) : now,
            Expires = abuse == "expired" ? now.AddHours(-1) : now.AddMinutes(10),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(abuse == "other-key" ? OtherKey() : IdentityKey(), SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private RsaSecurityKey IdentityKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(host.Identity.Settings.KeysPath, "signing.pem")));
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
    }

    private static RsaSecurityKey OtherKey() => new(RSA.Create(2048)) { KeyId = "attacker" };

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
