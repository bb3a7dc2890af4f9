using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

public sealed class PractitionersApiTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task A_practitioner_with_a_Cyrillic_name_registers_and_is_readable_by_id()
    {
        using var response = await RegisterAsync("Мария Петрова-Иванова", "social-worker", "Дирекция „Социално подпомагане“ – Видин", "BG-05");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/training/practitioners/{id}", response.Headers.Location?.OriginalString);

        var read = await _client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal("Мария Петрова-Иванова", read.GetProperty("fullName").GetString());
        Assert.Equal("social-worker", read.GetProperty("profession").GetString());
        Assert.Equal("Дирекция „Социално подпомагане“ – Видин", read.GetProperty("institution").GetString());
        Assert.Equal("BG-05", read.GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task A_registration_reaches_the_region_roster_through_the_outbox()
    {
        using var response = await RegisterAsync("Ivan Georgiev", "prosecutor", "Regional Prosecutor's Office Pleven", "bg-15");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var total = await Eventually.Within(TimeSpan.FromSeconds(15), async () =>
        {
            var roster = await host.CreateNetworkClient().GetFromJsonAsync<JsonElement>("/api/network/regions/BG-15/roster");
            return roster.GetProperty("total").GetInt32();
        }, n => n == 1);

        Assert.Equal(1, total);
        // The consumer may apply the event before the dispatcher's own transaction has committed.
        Assert.Equal(0L, await Eventually.Within(TimeSpan.FromSeconds(10),
            () => host.TrainingDatabase.ScalarAsync<long>("select count(*) from outbox_messages where dispatched_at is null"),
            n => n == 0));
    }

    [Fact]
    public async Task Names_stay_out_of_events_logs_and_urls()
    {
        const string name = "Добромира Неделчева";
        using var response = await RegisterAsync(name, "psychologist", "Център за обществена подкрепа", "BG-06");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.Within(TimeSpan.FromSeconds(15),
            () => host.NetworkDatabase.ScalarAsync<long>($"select count(*) from roster_members where practitioner_id = '{id}'"),
            n => n == 1);

        var payload = await host.TrainingDatabase.ScalarAsync<string>(
            $"select payload::text from outbox_messages where payload->>'practitionerId' = '{id}'");
        Assert.Contains(id.ToString(), payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Добромира", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Добромира", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Training.Logs.Lines.Concat(host.Network.Logs.Lines),
            line => line.Contains("Добромира", StringComparison.Ordinal) || line.Contains("Неделчева", StringComparison.Ordinal));
        Assert.Contains(host.Training.Logs.Lines, line => line.Contains(id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_filter_by_region_and_profession_a_page_at_a_time()
    {
        foreach (var (name, profession) in new[] { ("Анна Колева", "judge"), ("Борис Колев", "judge"), ("Вера Ненова", "lawyer") })
        {
            using var created = await RegisterAsync(name, profession, "Окръжен съд – Монтана", "BG-12");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var judges = await _client.GetFromJsonAsync<JsonElement>("/api/training/practitioners?region=BG-12&profession=judge");
        Assert.Equal(2, judges.GetProperty("total").GetInt32());
        Assert.All(judges.GetProperty("items").EnumerateArray(),
            p => Assert.Equal(("judge", "BG-12"), (p.GetProperty("profession").GetString(), p.GetProperty("regionCode").GetString())));
        Assert.Equal(50, judges.GetProperty("pageSize").GetInt32());

        var first = await _client.GetFromJsonAsync<JsonElement>("/api/training/practitioners?region=BG-12&page=1&pageSize=2");
        var second = await _client.GetFromJsonAsync<JsonElement>("/api/training/practitioners?region=BG-12&page=2&pageSize=2");
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(p => p.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Equal(3, ids.Count);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=-1", "pageSize")]
    [InlineData("region=Vidin", "region")]
    [InlineData("profession=astronaut", "profession")]
    public async Task Bad_list_parameters_answer_400_naming_the_parameter(string query, string field)
    {
        using var response = await _client.GetAsync($"/api/training/practitioners?{query}");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("/api/training/practitioners/8f0c1d2e-0000-4000-8000-000000000000")]
    [InlineData("/api/training/practitioners/not-a-guid")]
    public async Task Unknown_ids_answer_404_problem_details(string path)
    {
        using var response = await _client.GetAsync(path);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string[]> BadBodies => new()
    {
        { "{}", ["fullName", "profession", "institution", "regionCode"] },
        { Body(new string('А', 201), "judge", "Съд", "BG-05"), ["fullName"] },
        { Body("Анна Колева", "judge", new string('x', 201), "BG-05"), ["institution"] },
        { Body("Анна Колева", "astronaut", "Съд", "BG-05"), ["profession"] },
        { Body("Анна Колева", "judge", "Съд", "BG-29"), ["regionCode"] },
        { Body("Анна Колева", "judge", "Съд", "Vidin"), ["regionCode"] },
        { Body("Анна\u0000Колева", "judge", "Съд", "BG-05"), ["fullName"] },
        { Body("Анна Колева", "judge", "Съд\u0000", "BG-05"), ["institution"] },
        { Body("Анна Колева", "judge", "Съд\u202E", "BG-05"), ["institution"] },
        { Body("Анна\u200BКолева", "judge", "Съд", "BG-05"), ["fullName"] },
        { Body("Анна Колева", "judge", "\uFEFFСъд", "BG-05"), ["institution"] },
        { Body("Анна Kолева", "judge", "Съд", "BG-05"), ["fullName"] },
        { Body("Agent 007", "judge", "Съд", "BG-05"), ["fullName"] },
        { Body("  ", "judge", "Съд", "BG-05"), ["fullName"] },
        { """{"fullName":"Анна Колева","profession":"judge","institution":"Съд","regionCode":"BG-05","age":41}""", ["age"] },
        { """{"fullName":42,"profession":"judge","institution":"Съд","regionCode":"BG-05"}""", ["fullName"] },
        { """{"fullName":"Анна Колева","profession":["judge"],"institution":"Съд","regionCode":"BG-05"}""", ["profession"] },
        { """{"fullName":"Анна Колева","fullName":"Друга","profession":"judge","institution":"Съд","regionCode":"BG-05"}""", ["fullName"] },
        { """{"fullName":"Анна Колева",""", ["$"] },
        { "[]", ["$"] },
        { "null", ["$"] },
    };

    [Fact]
    public async Task The_zero_width_joiner_that_some_scripts_spell_with_is_kept()
    {
        using var response = await RegisterAsync("Анна Колева", "judge", "Съд \u0915\u094D\u200D\u0937", "BG-05");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Съд \u0915\u094D\u200D\u0937", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("institution").GetString());
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_answers_400_naming_each_bad_field_and_writes_nothing(string body, string[] fields)
    {
        var before = await CountRowsAsync();

        using var response = await _client.PostAsync("/api/training/practitioners",
            new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(fields.Order(), problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(before, await CountRowsAsync());
    }

    [Theory]
    [InlineData("bg", "Едно или повече полета не са валидни", "Стойността е от грешен тип", "Полето е задължително.", "не трябва да бъде празно")]
    [InlineData("en", "One or more fields are not valid", "The value has the wrong type", "This field is required.", "must not be empty")]
    [InlineData("fr", "Un ou plusieurs champs ne sont pas valides", "La valeur est d'un mauvais type", "Ce champ est obligatoire.", "ne doit pas être vide")]
    public async Task Problems_explain_each_field_in_the_readers_language(
        string language, string title, string wrongType, string missing, string empty)
    {
        async Task<string> FirstErrorAsync(string body, string field)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/training/practitioners")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await _client.SendAsync(request);
            var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
            Assert.Equal(title, problem.GetProperty("title").GetString());
            return problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        }

        Assert.StartsWith(wrongType, await FirstErrorAsync("""{"fullName":42,"profession":"judge","institution":"Съд","regionCode":"BG-05"}""", "fullName"),
            StringComparison.Ordinal);
        Assert.Equal(missing, await FirstErrorAsync("""{"fullName":"Анна Колева","profession":"judge","regionCode":"BG-05"}""", "institution"));
        Assert.Contains(empty, await FirstErrorAsync(Body("Анна Колева", "", "Съд", "BG-05"), "profession"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_64_KiB_answers_413_and_writes_nothing()
    {
        var before = await CountRowsAsync();
        var body = Body("Анна Колева", "judge", new string('x', 70 * 1024), "BG-05");

        using var response = await _client.PostAsync("/api/training/practitioners",
            new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_answers_415()
    {
        using var response = await _client.PostAsync("/api/training/practitioners",
            new StringContent("fullName=Анна", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    private static string Body(string fullName, string profession, string institution, string regionCode) =>
        JsonSerializer.Serialize(new { fullName, profession, institution, regionCode });

    private Task<HttpResponseMessage> RegisterAsync(string fullName, string profession, string institution, string regionCode) =>
        _client.PostAsync("/api/training/practitioners",
            new StringContent(Body(fullName, profession, institution, regionCode), Encoding.UTF8, "application/json"));

    private async Task<(long Practitioners, long Outbox)> CountRowsAsync() =>
        (await host.TrainingDatabase.ScalarAsync<long>("select count(*) from practitioners"),
         await host.TrainingDatabase.ScalarAsync<long>("select count(*) from outbox_messages"));

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        foreach (var field in fields)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}' in {problem}");
        }
        return problem;
    }
}
