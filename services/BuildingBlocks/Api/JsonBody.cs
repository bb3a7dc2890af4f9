using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Justice.ServiceDefaults.Http;

namespace Justice.Api;

/// <summary>
/// Reads a JSON request body strictly: unknown or repeated properties, wrong types, a missing or
/// non-JSON body and a body over the size limit are each answered with problem details naming the
/// cause, before any handler logic runs.
/// </summary>
public static class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
    };

    public static async Task<JsonBodyResult<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return Problem<T>(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "The request body must be JSON (Content-Type: application/json).");
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken);
            return value is null
                ? Invalid<T>("$", "A JSON object is required.")
                : new JsonBodyResult<T>(value, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new JsonBodyResult<T>(null, Problems.PayloadTooLarge());
        }
        catch (JsonException ex)
        {
            return Invalid<T>(FieldOf(ex.Path), Describe(ex));
        }
    }

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    // The serializer's own messages name .NET types; callers get plain words instead.
    private static string Describe(JsonException ex) =>
        ex.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "This property is not allowed."
        : ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) ? "This property appears more than once."
        : ex.LineNumber is null && ex.Path is null ? "The body is not valid JSON."
        : ex.Path is null or "$" ? "The body is not a valid JSON object."
        : "The value has the wrong type or is not valid JSON.";

    private static JsonBodyResult<T> Invalid<T>(string field, string message) where T : class =>
        new(null, Problems.Validation(new Dictionary<string, string[]> { [field] = [message] }));

    private static JsonBodyResult<T> Problem<T>(int status, string title, string detail) where T : class =>
        new(null, TypedResults.Problem(statusCode: status, title: title, detail: detail));
}

/// <summary>Either the body, or the problem response that explains why it was refused.</summary>
public readonly record struct JsonBodyResult<T>(T? Value, ProblemHttpResult? Problem) where T : class;
