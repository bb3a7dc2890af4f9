using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Justice.Training.Tests;

/// <summary>
/// Bad requests to the session routes: each answers 400 naming every bad field as the JSON names it — a null
/// item of a list by its index — and changes nothing.
/// </summary>
public sealed class SessionRequestTests(InProgressSessionHost host) : IClassFixture<InProgressSessionHost>
{
    private const string Plan = "\"regionCode\":\"BG-05\",\"title\":\"Обучение\",\"venue\":\"Видин\",\"startsOn\":\"2027-01-14\",\"endsOn\":\"2027-01-15\"";
    private const string Question = """{"competency":"C1","text":"Въпрос","options":["а","б"],"correct":0}""";

    private readonly HttpClient _admin = host.CreateClient();

    public static TheoryData<string, string, string, string[]> NullItems => new()
    {
        { "POST", "", $$"""{{{Plan}},"trainerIds":[null]}""", ["trainerIds[0]"] },
        { "POST", "", $$"""{{{Plan}},"trainerIds":["trainer-1",null]}""", ["trainerIds[1]"] },
        { "POST", "", $$"""{{{Plan}},"agenda":[null]}""", ["agenda[0]"] },
        { "POST", "", $$"""{{{Plan}},"agenda":[{"day":1,"topic":"Права","competencies":[null]}]}""", ["agenda[0].competencies[0]"] },
        { "POST", "", $$"""{{{Plan}},"agenda":[{"day":1,"topic":"Права","materials":[null]}]}""", ["agenda[0].materials[0]"] },
        { "PUT", "/{session}/attendance/1", """{"present":[null]}""", ["present[0]"] },
        { "PUT", "/{session}/test", """{"questions":[null]}""", ["questions[0]"] },
        { "PUT", "/{session}/test", $$"""{"questions":[{{Question}},null]}""", ["questions[1]"] },
        { "PUT", "/{session}/test", """{"questions":[{"competency":"C1","text":"Въпрос","options":["а",null],"correct":0}]}""", ["questions[0].options[1]"] },
        { "PUT", "/{session}/tests/pre/{participant}", """{"answers":[null,1,1,1]}""", ["answers[0]"] },
        { "PUT", "/{session}/reactions/{participant}", """{"ratings":[5,null,4,4,5]}""", ["ratings[1]"] },
    };

    [Theory]
    [MemberData(nameof(NullItems))]
    public async Task A_null_item_of_a_list_answers_400_naming_it_by_index_and_writes_nothing(
        string method, string path, string body, string[] fields)
    {
        var before = await StateAsync();

        var problem = await SendAsync(method, path, body, HttpStatusCode.BadRequest);

        Assert.Equal(fields, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await StateAsync());
    }

    public static TheoryData<string, string, string, string[]> BadBodies => new()
    {
        // Content: each field named at once.
        {
            "POST", "",
            """{"kind":"weekly","title":"","venue":"Видин","startsOn":"2027-01-15","endsOn":"2027-01-14","capacity":0,"trainerIds":[""]}""",
            ["kind", "title", "endsOn", "capacity", "trainerIds"]
        },
        {
            "POST", "",
            """{"regionCode":"BG-99x","title":"Обучение","venue":"Видин","startsOn":"2027-01-10","endsOn":"2027-01-20"}""",
            ["regionCode", "endsOn"]
        },
        { "POST", "", """{"kind":"national","regionCode":"BG-05","title":"Обучение","venue":"София","startsOn":"2027-01-10","endsOn":"2027-01-11"}""", ["regionCode"] },
        { "POST", "", $$"""{{{Plan}},"agenda":[{"day":3,"topic":" "}]}""", ["agenda[0].day", "agenda[0].topic"] },
        { "POST", "", """{"regionCode":"BG-05"}""", ["title", "venue", "startsOn", "endsOn"] },
        // Dates outside the programme: before its first year, or more than two years ahead.
        { "POST", "", """{"regionCode":"BG-05","title":"Обучение","venue":"Видин","startsOn":"2001-01-14","endsOn":"2001-01-15"}""", ["startsOn"] },
        { "POST", "", """{"regionCode":"BG-05","title":"Обучение","venue":"Видин","startsOn":"2099-01-14","endsOn":"2099-01-15"}""", ["startsOn"] },
        // Invisible characters that would reorder or hide what a certificate or a list prints.
        { "POST", "", """{"regionCode":"BG-05","title":"Обучение\u202Efdp.exe","venue":"Видин\u200B","startsOn":"2027-01-14","endsOn":"2027-01-15"}""", ["title", "venue"] },
        { "POST", "", $$"""{{{Plan}},"agenda":[{"day":1,"topic":"Права\u2066 на децата"}]}""", ["agenda[0].topic"] },
        { "POST", "", $$"""{{{Plan}},"trainerIds":["\u202E1"]}""", ["trainerIds"] },
        { "PUT", "/{session}/test", """{"questions":[{"competency":"C1","text":"Въпрос\uFEFF","options":["а","б"],"correct":0}]}""", ["questions[0].text"] },
        // What only the published framework and the materials package know, once the content is right.
        {
            "POST", "",
            $$"""{{{Plan}},"agenda":[{"day":1,"topic":"Тема","competencies":["C99"],"materials":["{{Guid.NewGuid()}}"]}]}""",
            ["agenda[0].competencies", "agenda[0].materials"]
        },
        { "PUT", "/{session}/attendance/1", "{}", ["present"] },
        { "PUT", "/{session}/test", """{"questions":[]}""", ["questions"] },
        {
            "PUT", "/{session}/test", """{"questions":[{"competency":"","text":"Въпрос","options":["а"],"correct":1}]}""",
            ["questions[0].competency", "questions[0].options", "questions[0].correct"]
        },
        { "PUT", "/{session}/test", """{"questions":[{"competency":"C99","text":"Въпрос","options":["а","б"],"correct":1}]}""", ["questions[0].competency"] },
        { "PUT", "/{session}/reactions/{participant}", """{"ratings":[5,4,3]}""", ["ratings"] },
        { "PUT", "/{session}/tests/pre/{participant}", """{"answers":["1"]}""", ["answers[0]"] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_answers_400_naming_each_bad_field_and_writes_nothing(string method, string path, string body, string[] fields)
    {
        var before = await StateAsync();

        var problem = await SendAsync(method, path, body, HttpStatusCode.BadRequest);

        Assert.Equal(fields.Order(StringComparer.Ordinal),
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(before, await StateAsync());
    }

    [Theory]
    [InlineData("status=closed", "status")]
    [InlineData("region=Vidin", "region")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task Bad_list_parameters_answer_400_naming_the_parameter(string query, string field)
    {
        var problem = await SendAsync("GET", $"?{query}", null, HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task The_list_filters_by_region_and_status()
    {
        var list = await _admin.GetFromJsonAsync<JsonElement>("/api/training/sessions?region=bg-05&status=in-progress");

        var only = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(host.Session, only.GetProperty("id").GetGuid());
    }

    private async Task<JsonElement> SendAsync(string method, string path, string? body, HttpStatusCode status)
    {
        var url = "/api/training/sessions" + path.Replace("{session}", host.Session.ToString(), StringComparison.Ordinal)
            .Replace("{participant}", host.Participant.ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var response = await _admin.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{method} {url}: expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Everything these requests could change, as the API shows it.</summary>
    private async Task<string> StateAsync() => string.Join('\n',
        await _admin.GetStringAsync("/api/training/sessions?pageSize=100"),
        await _admin.GetStringAsync($"/api/training/sessions/{host.Session}/enrolments"),
        await _admin.GetStringAsync($"/api/training/sessions/{host.Session}/test"));
}
