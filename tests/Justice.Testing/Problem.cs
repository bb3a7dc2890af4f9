using System.Net;
using System.Text.Json;
using Xunit;

namespace Justice.Testing;

/// <summary>Assertions on problem answers.</summary>
public static class Problem
{
    /// <summary>
    /// The answer is 400 and its errors name each of <paramref name="fields"/> (<c>competencies[0]</c>, <c>name.fr</c>);
    /// returns every field they name.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AssertFieldsAsync(HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for '{field}' in {body}");
        }
        return [.. errors.EnumerateObject().Select(error => error.Name)];
    }

    public static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
