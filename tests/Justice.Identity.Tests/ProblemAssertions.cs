using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Justice.Identity.Tests;

/// <summary>What the identity tests assert of a refused request.</summary>
internal static class ProblemAssertions
{
    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A problem of <paramref name="status"/> whose errors name exactly <paramref name="fields"/>.</summary>
    public static async Task<JsonElement> AssertNamesAsync(HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (fields.Length > 0)
        {
            Assert.Equal(fields.Order(StringComparer.Ordinal),
                problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
        }
        return problem;
    }
}
