using Justice.Contracts;
using Justice.Training.Domain;

namespace Justice.Training.Api.Certificates;

/// <summary>What public verification tells: nothing beyond validity, holder, training and date.</summary>
public sealed record CertificateVerification(string Status, bool Valid, string HolderName, string Training, DateOnly CompletedOn, DateOnly? RevokedOn)
{
    public static CertificateVerification Of(Certificate certificate) =>
        new(certificate.IsRevoked ? "revoked" : "valid", !certificate.IsRevoked, certificate.HolderName, certificate.TrainingTitle,
            certificate.CompletedOn, certificate.RevokedAt is { } revoked ? ProgrammeTime.Day(revoked) : null);
}
