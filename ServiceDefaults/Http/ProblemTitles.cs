using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// A problem's title by its status code, in the reader's language. <see cref="Problems"/> titles its answers with these,
/// and the problem details set-up gives them to the problems the framework writes itself (a route that does not exist,
/// an unhandled error, a refused token), whose English titles it would otherwise keep.
/// </summary>
public static class ProblemTitles
{
    private static readonly Dictionary<int, (string Bg, string En, string Fr)> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = ("Неправилна заявка", "Bad request", "Requête incorrecte"),
        [StatusCodes.Status401Unauthorized] = ("Нужно е удостоверяване", "Unauthorized", "Authentification requise"),
        [StatusCodes.Status403Forbidden] = ("Забранено", "Forbidden", "Interdit"),
        [StatusCodes.Status404NotFound] = ("Не е намерено", "Not Found", "Introuvable"),
        [StatusCodes.Status405MethodNotAllowed] = ("Методът не е позволен", "Method Not Allowed", "Méthode non autorisée"),
        [StatusCodes.Status406NotAcceptable] = ("Форматът не може да бъде предоставен", "Not Acceptable", "Format non disponible"),
        [StatusCodes.Status408RequestTimeout] = ("Заявката изтече", "Request Timeout", "Délai de requête dépassé"),
        [StatusCodes.Status409Conflict] = ("Конфликт", "Conflict", "Conflit"),
        [StatusCodes.Status412PreconditionFailed] = ("Предварителното условие не е изпълнено", "Precondition Failed",
            "Échec de la précondition"),
        [StatusCodes.Status413PayloadTooLarge] = ("Тялото на заявката е твърде голямо", "Request body too large",
            "Corps de la requête trop volumineux"),
        [StatusCodes.Status414UriTooLong] = ("Адресът е твърде дълъг", "Address too long", "Adresse trop longue"),
        [StatusCodes.Status415UnsupportedMediaType] = ("Неподдържан тип на съдържанието", "Unsupported media type",
            "Type de contenu non pris en charge"),
        [StatusCodes.Status422UnprocessableEntity] = ("Заявката не може да бъде изпълнена", "Unprocessable Entity",
            "Requête impossible à traiter"),
        [StatusCodes.Status429TooManyRequests] = ("Твърде много заявки", "Too Many Requests", "Trop de requêtes"),
        [StatusCodes.Status431RequestHeaderFieldsTooLarge] = ("Заглавките на заявката са твърде големи", "Request headers too large",
            "En-têtes de la requête trop volumineux"),
        [StatusCodes.Status500InternalServerError] = ("Възникна грешка при обработката на заявката",
            "An error occurred while processing your request.", "Une erreur s'est produite lors du traitement de la requête"),
        [StatusCodes.Status502BadGateway] = ("Услугата отговори неправилно", "Bad Gateway", "Réponse incorrecte du service"),
        [StatusCodes.Status503ServiceUnavailable] = ("Услугата е недостъпна", "Service unavailable", "Service indisponible"),
        [StatusCodes.Status504GatewayTimeout] = ("Услугата не отговори навреме", "Gateway Timeout", "Le service n'a pas répondu à temps"),
    };

    /// <summary>The title of a problem with <paramref name="status"/>, in the reader's language; null for a status it has none for.</summary>
    public static string? For(int status) =>
        Titles.TryGetValue(status, out var title) ? ReaderLanguage.Pick(title.Bg, title.En, title.Fr) : null;

    /// <summary>
    /// Whether <paramref name="title"/> is one the framework gives a problem of <paramref name="status"/> when its writer
    /// set none (the status's reason phrase, or the unhandled error's sentence): such a title is replaced by ours.
    /// </summary>
    public static bool IsFrameworkDefault(int status, string? title) =>
        title is null
        || string.Equals(title, ReasonPhrases.GetReasonPhrase(status), StringComparison.Ordinal)
        || (Titles.TryGetValue(status, out var ours) && string.Equals(title, ours.En, StringComparison.Ordinal));
}
