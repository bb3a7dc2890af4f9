using System.Text.Json;
using System.Text.RegularExpressions;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Justice.Api;

/// <summary>
/// Turns the framework's refusals to bind a request (minimal APIs throw them, see <see cref="ApiDefaults"/>) into
/// problem details: a body that is not JSON of the right shape names the field, an over-large body gets 413, a
/// body that is not JSON 415.
/// </summary>
public sealed partial class BadRequestProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }
        string[] required = [ReaderLanguage.Pick("Полето е задължително.", "This field is required.", "Ce champ est obligatoire.")];
        var problem = bad switch
        {
            { InnerException: JsonException json } when MissingProperties(json) is { Count: > 0 } missing =>
                Problems.Validation(missing.ToDictionary(name => Within(FieldOf(json.Path), name), _ => required)),
            { InnerException: JsonException json } => Problems.Invalid(FieldOf(json.Path), Describe(json)),
            { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.PayloadTooLarge(RequestLimits.MaxBodyBytesOf(httpContext) ?? RequestLimits.MaxBodyBytes),
            { StatusCode: StatusCodes.Status415UnsupportedMediaType } => Problems.UnsupportedMediaType(ReaderLanguage.Pick(
                "Тялото на заявката трябва да е JSON (Content-Type: application/json).",
                "The request body must be JSON (Content-Type: application/json).",
                "Le corps de la requête doit être du JSON (Content-Type: application/json).")),
            // "Implicit body inferred for parameter … but no body was provided": an empty body, or the JSON null.
            _ when bad.Message.Contains("no body", StringComparison.Ordinal) => Problems.Invalid("$",
                ReaderLanguage.Pick("Нужен е JSON обект.", "A JSON object is required.", "Un objet JSON est requis.")),
            _ => Problems.BadRequest(ReaderLanguage.Pick(
                "Заявката не можа да бъде прочетена: проверете пътя, параметрите и тялото.",
                "The request could not be read: check the path, query and body.",
                "La requête n'a pas pu être lue : vérifiez le chemin, les paramètres et le corps.")),
        };
        await problem.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The JSON path of the bad value as the client wrote it: <c>agenda[0].day</c>, or <c>$</c> for the body.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    /// <summary>A property of the object at <paramref name="path"/>: <c>name.fr</c>, <c>agenda[0].day</c>, or just its name in the body.</summary>
    private static string Within(string path, string name) => path == "$" ? name : $"{path}.{name}";

    /// <summary>
    /// The properties a body lacks, as the serializer lists them: "… missing required properties including: 'a', 'b'."
    /// (the separator follows the culture).
    /// </summary>
    private static List<string> MissingProperties(JsonException ex)
    {
        const string Marker = "missing required properties including:";
        var at = ex.Message.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? [] : [.. QuotedName().Matches(ex.Message[(at + Marker.Length)..]).Select(match => match.Groups[1].Value)];
    }

    [GeneratedRegex("'([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();

    // The serializer's own messages name .NET types; callers get plain words instead.
    private static string Describe(JsonException ex) =>
        ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? ReaderLanguage.Pick("Това поле не е позволено.", "This property is not allowed.", "Cette propriété n'est pas autorisée.")
        : ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)
            ? ReaderLanguage.Pick("Полето се среща повече от веднъж.", "This property appears more than once.", "Cette propriété apparaît plusieurs fois.")
        : ex.Message.Contains("null", StringComparison.OrdinalIgnoreCase) && ex.Message.Contains("nullable", StringComparison.OrdinalIgnoreCase)
            ? ReaderLanguage.Pick("Полето не може да бъде null.", "This field must not be null.", "Ce champ ne peut pas être null.")
        : ex.LineNumber is null && ex.Path is null
            ? ReaderLanguage.Pick("Тялото не е валиден JSON.", "The body is not valid JSON.", "Le corps n'est pas un JSON valide.")
        : ex.Path is null or "$"
            ? ReaderLanguage.Pick("Тялото не е валиден JSON обект.", "The body is not a valid JSON object.", "Le corps n'est pas un objet JSON valide.")
        : ReaderLanguage.Pick("Стойността е от грешен тип или не е валиден JSON.", "The value has the wrong type or is not valid JSON.",
            "La valeur est d'un mauvais type ou n'est pas un JSON valide.");
}
