using System.Globalization;

namespace Justice.Training.Certificates;

/// <summary>
/// The fixed texts of a certificate in one language. The line formats take one value each; the date
/// pattern is per language because the cultures' long date patterns differ in shape (French adds the
/// weekday, British English pads the day).
/// </summary>
internal sealed record CertificateWording(
    CultureInfo Culture,
    string DatePattern,
    string Programme,
    string Title,
    string AwardedTo,
    string ForTraining,
    string RegionLine,
    string CompletedLine,
    string NumberLine,
    string CodeLine,
    string VerifyLine)
{
    private static readonly CertificateWording Bulgarian = new(
        CultureInfo.GetCultureInfo("bg-BG"), "d MMMM yyyy 'г.'",
        "Правосъдие, приятел на детето",
        "Удостоверение за завършено обучение",
        "издадено на",
        "за завършване на обучението",
        "Регион: {0}",
        "Дата на завършване: {0}",
        "Удостоверение № {0}",
        "Код за проверка: {0}",
        "Проверка на {0}");

    private static readonly CertificateWording English = new(
        CultureInfo.GetCultureInfo("en-GB"), "d MMMM yyyy",
        "Justice befriends the child",
        "Certificate of completion",
        "awarded to",
        "for completing the training",
        "Region: {0}",
        "Completed on {0}",
        "Certificate No. {0}",
        "Verification code: {0}",
        "Verify at {0}");

    private static readonly CertificateWording French = new(
        CultureInfo.GetCultureInfo("fr-FR"), "d MMMM yyyy",
        "La justice amie de l'enfant",
        "Attestation de formation",
        "décernée à",
        "pour avoir suivi la formation",
        "Région : {0}",
        "Achevée le {0}",
        "Attestation n° {0}",
        "Code de vérification : {0}",
        "Vérifier sur {0}");

    public static CertificateWording For(string language) => language switch
    {
        "bg" => Bulgarian,
        "en" => English,
        "fr" => French,
        _ => throw new ArgumentException($"Certificates are issued in bg, en or fr, not '{language}'.", nameof(language)),
    };

    public string Date(DateOnly date) => date.ToString(DatePattern, Culture);

    public string Line(string format, string value) => string.Format(Culture, format, value);
}
