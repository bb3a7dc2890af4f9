using System.Net;
using System.Text.Json;

namespace Justice.Assessment.Tests.Victims;

/// <summary>Assertions on problem answers.</summary>
public static class VictimProblems
{
    /// <summary>The answer is 400 problem details and its errors name each of <paramref name="fields"/>.</summary>
    public static async Task AssertFieldsAsync(HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for '{field}' in {body}");
        }
    }

    public static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
