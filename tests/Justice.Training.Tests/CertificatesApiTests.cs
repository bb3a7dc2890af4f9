using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;
using Justice.Training.Certificates;
using UglyToad.PdfPig;

namespace Justice.Training.Tests;

public sealed class CertificatesApiTests(CompletedSessionHost host) : IClassFixture<CompletedSessionHost>
{
    private async Task<JsonElement> CertificateOfAsync(Guid holder)
    {
        var certificates = await host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/training/sessions/{host.Session}/certificates");
        return certificates.EnumerateArray().Single(c => c.GetProperty("holderId").GetGuid() == holder);
    }

    [Fact]
    public async Task Completers_get_certificates_and_the_dropout_none()
    {
        var certificates = await host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/training/sessions/{host.Session}/certificates");

        var holders = certificates.EnumerateArray().Select(c => c.GetProperty("holderId").GetGuid()).ToList();
        Assert.Equal(2, holders.Count);
        Assert.Contains(host.Holder, holders);
        Assert.Contains(host.OtherCompleter, holders);
        Assert.DoesNotContain(host.Dropout, holders);
        Assert.Equal(2, certificates.EnumerateArray().Select(c => c.GetProperty("number").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Anyone_can_verify_a_certificate_and_learns_validity_holder_training_and_date_only()
    {
        var code = (await CertificateOfAsync(host.Holder)).GetProperty("verificationCode").GetString()!;
        var anonymous = host.Training.CreateClient();

        using var response = await anonymous.GetAsync($"/api/training/certificates/{code.ToLowerInvariant()}");
        var verification = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("valid", verification.GetProperty("status").GetString());
        Assert.Equal("Цветелина Ангелова", verification.GetProperty("holderName").GetString());
        Assert.Equal(["status", "valid", "holderName", "training", "completedOn", "revokedOn"],
            verification.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("ABCDEFGHJKMN")]
    [InlineData("not-a-code")]
    [InlineData("%27%20OR%201%3D1")]
    public async Task An_unknown_or_malformed_code_is_not_found(string code)
    {
        using var response = await host.Training.CreateClient().GetAsync($"/api/training/certificates/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_holder_downloads_their_pdf_and_its_text_holds_their_Cyrillic_name()
    {
        var code = (await CertificateOfAsync(host.Holder)).GetProperty("verificationCode").GetString()!;
        var holder = host.Training.CreateClient().WithToken(host.HolderToken);

        using var response = await holder.GetAsync($"/api/training/certificates/{code}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = pdf.GetPage(1).Text;
        Assert.Contains("Цветелина Ангелова", text, StringComparison.Ordinal);
        Assert.Contains(VerificationCodes.Display(code), text, StringComparison.Ordinal);
        Assert.Contains("Удостоверение", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_speaking_holders_certificate_is_in_french()
    {
        var code = (await CertificateOfAsync(host.OtherCompleter)).GetProperty("verificationCode").GetString()!;

        var bytes = await host.CreateClient().GetByteArrayAsync($"/api/training/certificates/{code}/pdf");

        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains("Attestation de formation", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("practitioner", CompletedSessionHost.Region, HttpStatusCode.NotFound)] // someone else's certificate
    [InlineData("regional-coordinator", CompletedSessionHost.Region, HttpStatusCode.OK)]
    [InlineData("regional-coordinator", "BG-08", HttpStatusCode.NotFound)]
    [InlineData("trainer", CompletedSessionHost.Region, HttpStatusCode.Forbidden)]
    [InlineData("evaluator", null, HttpStatusCode.Forbidden)]
    public async Task Only_the_holder_their_regions_coordinators_and_national_admins_get_the_pdf(string role, string? region, HttpStatusCode expected)
    {
        var code = (await CertificateOfAsync(host.Holder)).GetProperty("verificationCode").GetString()!;
        var client = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));

        using var response = await client.GetAsync($"/api/training/certificates/{code}/pdf");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? "application/pdf" : "application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>Revocation changes what verification says; in its own class so the other tests see valid certificates.</summary>
public sealed class CertificateRevocationTests(CompletedSessionHost host) : IClassFixture<CompletedSessionHost>
{
    [Fact]
    public async Task A_revoked_certificate_says_so_and_the_revocation_is_published()
    {
        var admin = host.CreateClient();
        var certificates = await admin.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{host.Session}/certificates");
        var certificate = certificates.EnumerateArray().Single(c => c.GetProperty("holderId").GetGuid() == host.OtherCompleter);
        var code = certificate.GetProperty("verificationCode").GetString()!;
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", CompletedSessionHost.Region));

        using var byCoordinator = await coordinator.PostAsJsonAsync($"/api/training/certificates/{code}/revoke", new { reason = "Грешка" });
        using var noReason = await admin.PostAsJsonAsync($"/api/training/certificates/{code}/revoke", new { reason = " " });
        var stillValid = await host.Training.CreateClient().GetFromJsonAsync<JsonElement>($"/api/training/certificates/{code}");
        using var revoked = await admin.PostAsJsonAsync($"/api/training/certificates/{code}/revoke", new { reason = "Издаден по грешка" });
        using var again = await admin.PostAsJsonAsync($"/api/training/certificates/{code}/revoke", new { reason = "Отново" });
        var verification = await host.Training.CreateClient().GetFromJsonAsync<JsonElement>($"/api/training/certificates/{code}");

        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("valid", stillValid.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("revoked", verification.GetProperty("status").GetString());
        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, verification.GetProperty("revokedOn").ValueKind);
        var events = await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'CertificateRevoked' and payload->>'holderId' = '{host.OtherCompleter}'");
        Assert.Equal(1L, events);
        var payload = await host.TrainingDatabase.ScalarAsync<string>("select payload::text from outbox_messages where type = 'CertificateRevoked'");
        Assert.DoesNotContain("грешка", payload, StringComparison.OrdinalIgnoreCase);
    }
}
