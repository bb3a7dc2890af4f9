using System.Net;
using System.Text.Json;

namespace Justice.Training.Tests;

/// <summary>
/// The problems the framework writes itself (no such route, a method the route does not take) read in the reader's
/// language like the service's own: their English titles are replaced, and the answer says its language.
/// </summary>
public sealed class ProblemLanguageTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Theory]
    [InlineData(null, "bg", "Не е намерено")]
    [InlineData("en", "en", "Not Found")]
    [InlineData("fr-FR, en;q=0.5", "fr", "Introuvable")]
    public async Task A_path_no_endpoint_answers_is_a_404_titled_in_the_readers_language(string? acceptLanguage, string language,
        string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/training/no-such-resource");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await host.Training.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.StartsWith(language, response.Content.Headers.ContentLanguage.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_the_route_does_not_take_is_a_405_titled_in_the_readers_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/training/practitioners");
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await host.Training.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("Méthode non autorisée",
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }
}
