using Justice.Contracts.Events;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Certificates;
using Justice.Training.Api.Sessions;
using Justice.Training.Data;
using Justice.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Certificates;

/// <summary>
/// Certificates: public verification by code (validity, holder, training and date — nothing else), the PDF
/// for its holder and the region's organisers, and revocation by national admins.
/// </summary>
public static class CertificatesApi
{
    public static RouteGroupBuilder MapCertificatesApi(this IEndpointRouteBuilder api)
    {
        var certificates = api.MapGroup("/certificates").WithTags("Certificates");

        certificates.MapGet("/{code}", Verify).AllowAnonymous()
            .WithName("VerifyCertificate")
            .WithSummary("Public: whether a certificate is valid, whose it is, which training and when.")
            .WithDescription("The verification code is printed on the certificate and in its QR code. Anyone may ask.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        certificates.MapGet("/{code}/pdf", Pdf)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner))
            .WithName("DownloadCertificate")
            .WithSummary("The certificate as a PDF in the holder's language (its holder, the region's coordinators, national admins).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        certificates.MapPost("/{code}/revoke", Revoke)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin))
            .WithName("RevokeCertificate")
            .WithSummary("Revokes a certificate (national admins); verification says so from then on.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return certificates;
    }

    public static async Task<Results<Ok<CertificateVerification>, ProblemHttpResult>> Verify(
        string code, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var certificate = await FindAsync(db, code, tracking: false, cancellationToken);
        return certificate is null ? CertificateNotFound() : TypedResults.Ok(CertificateVerification.Of(certificate));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Pdf(
        string code, HttpContext http, [AsParameters] CertificateServices services, CancellationToken cancellationToken)
    {
        var certificate = await FindAsync(services.Db, code, tracking: false, cancellationToken);
        if (certificate is null)
        {
            return CertificateNotFound();
        }
        var mayRead = http.User.HasRole(Roles.NationalAdmin)
            || (http.User.HasRole(Roles.RegionalCoordinator) && certificate.RegionCode is not null && http.User.MaySeeRegion(certificate.RegionCode))
            || (http.User.HasRole(Roles.Practitioner)
                && (await Participants.OwnPractitionerAsync(services.Db, http, cancellationToken))?.Id == certificate.HolderId);
        if (!mayRead)
        {
            await services.Audit.RecordAsync(http, "certificate-read", certificate.Id.ToString(), "refused");
            return CertificateNotFound();
        }
        var regionName = certificate.RegionCode is null
            ? null
            : await services.Links.RegionNameAsync(certificate.RegionCode, certificate.Language, cancellationToken);
        var number = CertificateNumbers.Format(certificate.IssuedAt.Year, certificate.Serial);
        var pdf = CertificatePdf.Render(new CertificateContent(
            number,
            certificate.VerificationCode,
            certificate.HolderName,
            certificate.TrainingTitle,
            regionName ?? "",
            certificate.CompletedOn,
            certificate.Language,
            services.Links.VerificationUrl(certificate.VerificationCode)));
        return TypedResults.File(pdf, "application/pdf", $"certificate-{number}.pdf");
    }

    public static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> Revoke(
        string code, RevokeRequest request, HttpContext http, [AsParameters] CertificateServices services,
        CancellationToken cancellationToken)
    {
        var certificate = await FindAsync(services.Db, code, tracking: true, cancellationToken);
        if (certificate is null)
        {
            return CertificateNotFound();
        }
        var now = services.Clock.GetUtcNow();
        if (!certificate.Revoke(request.Reason.Trim(), now))
        {
            return Problems.Conflict("This certificate is already revoked.");
        }
        services.Outbox.Add(new CertificateRevoked(certificate.Id, certificate.SessionId, certificate.HolderId, certificate.RegionCode, now));
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request revoked it since it was read: theirs stands, with its one event; this one adds nothing.
            return Problems.Conflict("This certificate is already revoked.");
        }
        await services.Audit.RecordAsync(http, "certificate-revoke", certificate.Id.ToString(), "done");
        return TypedResults.Ok(CertificateView.From(certificate));
    }

    private static async Task<Certificate?> FindAsync(TrainingDbContext db, string code, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = VerificationCodes.Normalize(code);
        if (!VerificationCodes.IsWellFormed(normalized))
        {
            return null;
        }
        var certificates = tracking ? db.Certificates : db.Certificates.AsNoTracking();
        return await certificates.SingleOrDefaultAsync(c => c.VerificationCode == normalized, cancellationToken);
    }

    private static ProblemHttpResult CertificateNotFound() =>
        Problems.NotFound("Certificate not found", "No certificate has this verification code.");
}
