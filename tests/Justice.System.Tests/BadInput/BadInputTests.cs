using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Justice.Testing;

namespace Justice.SystemTests.BadInput;

/// <summary>
/// Every write operation of every service's OpenAPI document, sent nulls, values of the wrong type, unknown members
/// and null list elements — one bad field at a time — answers 400 problem details naming that field, never 500.
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed class BadInputTests(WholeSystem system)
{
    private static readonly string[] Services = ["training", "identity", "network", "assessment", "monitoring", "publicity"];
    private const string Password = "a long passphrase for bad input";
    private readonly Dictionary<string, string> _tokens = [];

    [Fact]
    public async Task Every_write_endpoint_answers_400_naming_the_field_to_nulls_wrong_types_and_unknown_members()
    {
        var failures = new List<string>();
        var operations = new List<WriteOperation>();
        foreach (var service in Services)
        {
            using var client = system.App.CreateHttpClient(service, "http");
            using var response = await client.GetAsync("/openapi/v1.json");
            Assert.True(response.IsSuccessStatusCode, $"{service} serves no OpenAPI document ({(int)response.StatusCode})");
            var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            var bodies = new BadBodies(document);
            foreach (var operation in WriteOperations.Of(service, document))
            {
                operations.Add(operation);
                using var caller = system.App.CreateHttpClient(service, "http");
                if (operation.Role is { } role)
                {
                    caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(role));
                }
                foreach (var bad in bodies.For(operation.BodySchema))
                {
                    if (await RefusalAsync(caller, operation, bad) is { } failure)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        Assert.Contains(operations, o => o.ToString() == "training: POST /api/training/sessions");
        Assert.Contains(operations, o => o.Service == "identity" && o.Path == "/api/identity/users");
        Assert.Contains(operations, o => o.Service == "publicity" && o.Path.EndsWith("/registrations", StringComparison.Ordinal) && o.Role is null);
        Assert.True(failures.Count == 0, $"{failures.Count} bad bodies were not refused as they should be:\n{string.Join('\n', failures)}");
    }

    /// <summary>Null when the answer is 400 problem details naming the field; otherwise what was wrong.</summary>
    private static async Task<string?> RefusalAsync(HttpClient caller, WriteOperation operation, BadBody bad)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Path)
        {
            Content = new StringContent(bad.Json, Encoding.UTF8, "application/json"),
        };
        using var response = await caller.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var named = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            && JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var errors)
            && errors.TryGetProperty(bad.Field, out _);
        return response.StatusCode == HttpStatusCode.BadRequest && named
            ? null
            : $"{operation} with {bad.What} at '{bad.Field}': {(int)response.StatusCode} {Shorten(text)}\n    body: {Shorten(bad.Json)}";
    }

    private async Task<string> TokenAsync(string role)
    {
        if (!_tokens.TryGetValue(role, out var token))
        {
            var userName = $"bad-input-{role}";
            var regional = role is "regional-coordinator" or "trainer" or "practitioner";
            using var identity = system.App.CreateHttpClient("identity", "http");
            identity.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", system.AdminToken);
            using var created = await identity.PostAsJsonAsync("/api/identity/users", new
            {
                userName, password = Password, role, regionCode = regional ? "BG-05" : null, institution = "Министерство на правосъдието",
            });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            using var tokens = system.App.CreateHttpClient("identity", "http");
            await AccountRequests.TakeOverAsync(tokens, userName, Password);
            token = (await TokenRequests.PasswordAsync(tokens, userName, Password)).AccessToken;
            _tokens[role] = token;
        }
        return token;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
