using Justice.ServiceDefaults.Http;
using Microsoft.Extensions.Primitives;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Identity.Tokens;

/// <summary>
/// Refuses, before OpenIddict, antiforgery or a handler reads them, a form the framework cannot parse (it throws on
/// an encoded U+0000) and a query or form value holding U+0000, which PostgreSQL text cannot hold: such a value would
/// otherwise reach a lookup (client id, scope, user name) and fail it with a server error. The OpenID Connect
/// endpoints answer as OAuth 2 does (<c>invalid_request</c>), the others with problem details.
/// </summary>
public sealed class UnstorableInputGuard(RequestDelegate next)
{
    private const string Nul = "U+0000";

    public async Task InvokeAsync(HttpContext http)
    {
        var refused = Refused(http.Request.Query);
        if (refused is null && http.Request.HasFormContentType)
        {
            try
            {
                refused = Refused(await http.Request.ReadFormAsync(http.RequestAborted));
            }
            catch (InvalidDataException)
            {
                refused = "$";
            }
        }
        if (refused is null)
        {
            await next(http);
        }
        else if (http.Request.Path.StartsWithSegments("/connect", StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new Dictionary<string, string>
            {
                [Parameters.Error] = Errors.InvalidRequest,
                [Parameters.ErrorDescription] = $"A parameter holds a character no parameter may hold ({Nul}).",
            }, http.RequestAborted);
        }
        else
        {
            await Problems.Invalid(refused, ReaderLanguage.Pick($"Управляващи знаци (като {Nul}) не са позволени.",
                $"Control characters (such as {Nul}) are not allowed.", $"Les caractères de contrôle (comme {Nul}) ne sont pas autorisés.")).ExecuteAsync(http);
        }
    }

    /// <summary>The first parameter whose name or value holds U+0000, or null.</summary>
    private static string? Refused(IEnumerable<KeyValuePair<string, StringValues>> parameters) =>
        parameters.FirstOrDefault(parameter => parameter.Key.Contains('\0', StringComparison.Ordinal)
            || parameter.Value.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true)).Key;
}
