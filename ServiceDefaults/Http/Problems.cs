using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.ServiceDefaults.Http;

/// <summary>
/// Problem responses (RFC 7807, <c>application/problem+json</c>) with the shared extensions, titled in the reader's language;
/// the detail a caller passes should be in it too (<see cref="ReaderLanguage.Pick"/>).
/// </summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        Titled(StatusCodes.Status409Conflict, detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        Titled(StatusCodes.Status403Forbidden, detail: detail);

    /// <summary>One field's problem as a 400 answer.</summary>
    public static ProblemHttpResult Invalid(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ReaderLanguage.Pick("Едно или повече полета не са валидни", "One or more fields are not valid",
                "Un ou plusieurs champs ne sont pas valides"),
        });

    public static ProblemHttpResult PayloadTooLarge(long maxBytes = RequestLimits.MaxBodyBytes) =>
        Titled(StatusCodes.Status413PayloadTooLarge, detail: ReaderLanguage.Pick(
                $"Тялото на заявката не може да надхвърля {RequestLimits.Describe(maxBytes)}.",
                $"The request body must not exceed {RequestLimits.Describe(maxBytes)}.",
                $"Le corps de la requête ne peut pas dépasser {RequestLimits.Describe(maxBytes)}."),
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");

    public static ProblemHttpResult UriTooLong(int maxRequestLineBytes) =>
        Titled(StatusCodes.Status414UriTooLong, detail: ReaderLanguage.Pick(
                $"Редът на заявката (метод, път, параметри и протокол) не може да надхвърля {RequestLimits.Describe(maxRequestLineBytes)}.",
                $"The request line (method, path, query and protocol) must not exceed {RequestLimits.Describe(maxRequestLineBytes)}.",
                $"La ligne de requête (méthode, chemin, paramètres et protocole) ne peut pas dépasser {RequestLimits.Describe(maxRequestLineBytes)}."),
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15");

    public static ProblemHttpResult HeadersTooLarge(int maxHeaderBytes, int maxHeaderCount) =>
        Titled(StatusCodes.Status431RequestHeaderFieldsTooLarge, detail: ReaderLanguage.Pick(
                FormattableString.Invariant(
                    $"Заглавките на заявката не може да надхвърлят {RequestLimits.Describe(maxHeaderBytes)} общо, нито {maxHeaderCount} полета."),
                FormattableString.Invariant(
                    $"The request headers must not exceed {RequestLimits.Describe(maxHeaderBytes)} in all, nor {maxHeaderCount} fields."),
                FormattableString.Invariant(
                    $"Les en-têtes de la requête ne peuvent pas dépasser {RequestLimits.Describe(maxHeaderBytes)} au total, ni {maxHeaderCount} champs.")),
            type: "https://www.rfc-editor.org/rfc/rfc6585#section-5");

    public static ProblemHttpResult BadRequest(string detail) =>
        Titled(StatusCodes.Status400BadRequest, detail: detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        Titled(StatusCodes.Status415UnsupportedMediaType, detail: detail);

    /// <summary>Says how long to wait before asking again (whole seconds, rounded up), for a 503 or a 429.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    public static ProblemHttpResult Unavailable(string detail) =>
        Titled(StatusCodes.Status503ServiceUnavailable, detail: detail);

    /// <summary>A problem titled for its status in the reader's language (<see cref="ProblemTitles"/>).</summary>
    private static ProblemHttpResult Titled(int status, string detail, string? type = null) =>
        TypedResults.Problem(statusCode: status, title: ProblemTitles.For(status), detail: detail, type: type);
}
