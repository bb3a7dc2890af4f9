using Justice.Training.Certificates;
using Justice.Training.Domain;

namespace Justice.Training.Api.Certificates;

/// <summary>A certificate as its organisers and holder see it.</summary>
/// <param name="Status">valid or revoked.</param>
public sealed record CertificateView(
    Guid Id, string Number, string VerificationCode, Guid SessionId, Guid HolderId, string HolderName, string Training,
    DateOnly CompletedOn, string Language, string Status)
{
    public static CertificateView From(Certificate c) =>
        new(c.Id, CertificateNumbers.Format(c.IssuedAt.Year, c.Serial), c.VerificationCode, c.SessionId, c.HolderId, c.HolderName,
            c.TrainingTitle, c.CompletedOn, c.Language, c.IsRevoked ? "revoked" : "valid");
}
