using System.Globalization;

namespace Justice.Dashboard;

/// <summary>What the dashboard says, in bg (default), en or fr.</summary>
public sealed record Texts(
    string Language,
    string Indicator,
    string Value,
    string Target,
    string PercentOfTarget,
    string Progress,
    string AsOfFormat,
    string LiveFormat,
    string ReconnectingFormat,
    string UnreachableFormat,
    string SecretRefusedFormat,
    string DeniedFormat,
    string RegionUnknownFormat,
    string UnexpectedFormat)
{
    public static readonly IReadOnlyList<string> Languages = ["bg", "en", "fr"];

    public static readonly Texts Bulgarian = new("bg",
        "Показател", "Стойност", "Цел", "% от целта", "Напредък",
        "към {0}",
        "На живо, последно съобщение {0} · Ctrl+C за изход",
        "повторно свързване… (нов опит след {0} s)",
        "Няма връзка с {0}: работи ли системата (./eng/run.sh)?",
        "Шлюзът отказа клиента {0}: тайната е грешна.",
        "Отказан достъп: клиентът {0} няма право да чете националните показатели.",
        "Няма съдебен район {0}.",
        "Неочаквана грешка: {0}");

    public static readonly Texts English = new("en",
        "Indicator", "Value", "Target", "% of target", "Progress",
        "as of {0}",
        "Live, last heard {0} · Ctrl+C to quit",
        "reconnecting… (next try in {0} s)",
        "Cannot reach {0}: is the system running (./eng/run.sh)?",
        "The gateway refused client {0}: the secret is wrong.",
        "Access denied: client {0} may not read the national indicators.",
        "There is no judicial region {0}.",
        "Unexpected error: {0}");

    public static readonly Texts French = new("fr",
        "Indicateur", "Valeur", "Cible", "% de la cible", "Progression",
        "au {0}",
        "En direct, dernier message {0} · Ctrl+C pour quitter",
        "reconnexion… (nouvel essai dans {0} s)",
        "Impossible de joindre {0} : le système est-il lancé (./eng/run.sh) ?",
        "La passerelle a refusé le client {0} : le secret est erroné.",
        "Accès refusé : le client {0} n'a pas le droit de lire les indicateurs nationaux.",
        "Il n'y a pas de région judiciaire {0}.",
        "Erreur inattendue : {0}");

    /// <summary>How numbers and dates are written for readers of this language.</summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language switch
    {
        "en" => "en-GB",
        "fr" => "fr-FR",
        _ => "bg-BG",
    });

    public static Texts For(string language) => language switch
    {
        "en" => English,
        "fr" => French,
        _ => Bulgarian,
    };

    public string AsOf(DateTimeOffset when) => Format(AsOfFormat, when.ToLocalTime().ToString("g", Culture));
    public string Live(DateTimeOffset when) => Format(LiveFormat, when.ToLocalTime().ToString("T", Culture));
    public string Reconnecting(TimeSpan wait) => Format(ReconnectingFormat, (int)wait.TotalSeconds);
    public string Unreachable(string address) => Format(UnreachableFormat, address);
    public string SecretRefused(string clientId) => Format(SecretRefusedFormat, clientId);
    public string Denied(string clientId) => Format(DeniedFormat, clientId);
    public string RegionUnknown(string region) => Format(RegionUnknownFormat, region);
    public string Unexpected(string reason) => Format(UnexpectedFormat, reason);

    private string Format(string format, object value) => string.Format(Culture, format, value);
}
