using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.ServiceDefaults.Http;

/// <summary>Problem responses (RFC 7807, <c>application/problem+json</c>) with the shared extensions.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

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
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
            detail: $"The request body must not exceed {RequestLimits.Describe(maxBytes)}.",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");

    public static ProblemHttpResult UriTooLong(int maxRequestLineBytes) =>
        TypedResults.Problem(statusCode: StatusCodes.Status414UriTooLong, title: "Address too long",
            detail: $"The request line (method, path, query and protocol) must not exceed {RequestLimits.Describe(maxRequestLineBytes)}.",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15");

    public static ProblemHttpResult HeadersTooLarge(int maxHeaderBytes, int maxHeaderCount) =>
        TypedResults.Problem(statusCode: StatusCodes.Status431RequestHeaderFieldsTooLarge, title: "Request headers too large",
            detail: FormattableString.Invariant(
                $"The request headers must not exceed {RequestLimits.Describe(maxHeaderBytes)} in all, nor {maxHeaderCount} fields."),
            type: "https://www.rfc-editor.org/rfc/rfc6585#section-5");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: detail);

    /// <summary>Says how long to wait before asking again (whole seconds, rounded up), for a 503 or a 429.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable", detail: detail);
}
