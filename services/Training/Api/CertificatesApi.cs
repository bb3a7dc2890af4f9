using Justice.Contracts.Events;
using Justice.Audit;
using Justice.Messaging.Outbox;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Api.Sessions;
using Justice.Training.Certificates;
using Justice.Training.Data;
using Justice.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>
/// Certificates: public verification by code (validity, holder, training and date — nothing else), the PDF
/// for its holder and the region's organisers, and revocation by national admins.
/// </summary>
public static class CertificatesApi
{
    public static RouteGroupBuilder MapCertificatesApi(this IEndpointRouteBuilder app)
    {
        var certificates = app.MapGroup("/api/training/certificates").WithTags("Certificates");

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
            .Accepts<RevokeRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        return certificates;
    }

    public static async Task<Results<Ok<CertificateVerification>, ProblemHttpResult>> Verify(
        string code, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var certificate = await FindAsync(db, code, tracking: false, cancellationToken);
        return certificate is null
            ? CertificateNotFound()
            : TypedResults.Ok(new CertificateVerification(
                certificate.IsRevoked ? "revoked" : "valid", !certificate.IsRevoked, certificate.HolderName, certificate.TrainingTitle,
                certificate.CompletedOn, certificate.RevokedAt is { } revoked ? DateOnly.FromDateTime(revoked.UtcDateTime) : null));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Pdf(
        string code, TrainingDbContext db, HttpContext http, CertificateLinks links, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var certificate = await FindAsync(db, code, tracking: false, cancellationToken);
        if (certificate is null)
        {
            return CertificateNotFound();
        }
        var mayRead = http.User.HasRole(Roles.NationalAdmin)
            || (http.User.HasRole(Roles.RegionalCoordinator) && certificate.RegionCode is not null && http.User.MaySeeRegion(certificate.RegionCode))
            || (http.User.HasRole(Roles.Practitioner) && (await Participants.OwnPractitionerAsync(db, http, cancellationToken))?.Id == certificate.HolderId);
        if (!mayRead)
        {
            await audit.RecordAsync(http, "certificate-read", certificate.Id.ToString(), "refused");
            return CertificateNotFound();
        }
        var regionName = certificate.RegionCode is null ? null : await links.RegionNameAsync(certificate.RegionCode, certificate.Language, cancellationToken);
        var pdf = CertificatePdf.Render(new CertificateContent(
            CertificateNumbers.Format(certificate.IssuedAt.Year, certificate.Serial),
            certificate.VerificationCode,
            certificate.HolderName,
            certificate.TrainingTitle,
            regionName ?? "",
            certificate.CompletedOn,
            certificate.Language,
            links.VerificationUrl(certificate.VerificationCode)));
        return TypedResults.File(pdf, "application/pdf", $"certificate-{CertificateNumbers.Format(certificate.IssuedAt.Year, certificate.Serial)}.pdf");
    }

    public static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> Revoke(
        string code, HttpRequest request, TrainingDbContext db, IOutbox outbox, TimeProvider clock, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RevokeRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var errors = new ValidationErrors();
        var reason = errors.RequireText("reason", body.Value!.Reason, 500);
        if (reason is null)
        {
            return errors.ToProblem();
        }
        var certificate = await FindAsync(db, code, tracking: true, cancellationToken);
        if (certificate is null)
        {
            return CertificateNotFound();
        }
        var now = clock.GetUtcNow();
        if (!certificate.Revoke(reason, now))
        {
            return Problems.Conflict("This certificate is already revoked.");
        }
        outbox.Add(new CertificateRevoked(certificate.Id, certificate.SessionId, certificate.HolderId, certificate.RegionCode, now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(request.HttpContext, "certificate-revoke", certificate.Id.ToString(), "done");
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

/// <summary>What public verification tells: nothing beyond validity, holder, training and date.</summary>
public sealed record CertificateVerification(string Status, bool Valid, string HolderName, string Training, DateOnly CompletedOn, DateOnly? RevokedOn);

public sealed record RevokeRequest(string? Reason);

public sealed record CertificateView(
    Guid Id, string Number, string VerificationCode, Guid SessionId, Guid HolderId, string HolderName, string Training,
    DateOnly CompletedOn, string Language, string Status)
{
    public static CertificateView From(Certificate c) =>
        new(c.Id, CertificateNumbers.Format(c.IssuedAt.Year, c.Serial), c.VerificationCode, c.SessionId, c.HolderId, c.HolderName,
            c.TrainingTitle, c.CompletedOn, c.Language, c.IsRevoked ? "revoked" : "valid");
}
