namespace Justice.Training.Certificates;

/// <summary>
/// What one certificate says. <see cref="Language"/> is "bg", "en" or "fr"; the holder's name and the
/// training title are printed as given, so they are already in that language.
/// </summary>
public sealed record CertificateContent(
    string Number,
    string VerificationCode,
    string HolderName,
    string TrainingTitle,
    string RegionName,
    DateOnly CompletedOn,
    string Language,
    Uri VerificationUrl);
