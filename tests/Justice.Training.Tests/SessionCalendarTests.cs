using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Justice.Training.V1;

namespace Justice.Training.Tests;

/// <summary>
/// <c>SessionCalendar</c> over real gRPC through the test server, called as the public website calls it: without a
/// token. Sessions still to come, soonest first, with the seats left and nothing about who enrolled. Each test keeps to
/// a region of its own, or to the sessions it made.
/// </summary>
public sealed class SessionCalendarTests(PublishedFrameworkHost host) : IClassFixture<PublishedFrameworkHost>, IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(host.Training.Server.BaseAddress,
        new GrpcChannelOptions { HttpHandler = host.Training.Server.CreateHandler() });

    private SessionCalendar.SessionCalendarClient Calendar => new(_channel);

    [Fact]
    public async Task A_regions_planned_open_and_running_sessions_come_soonest_first_and_the_others_not_at_all()
    {
        const string Region = "BG-11";
        var admin = host.CreateClient();
        var later = await CreateAsync(admin, Region, 10, 11, capacity: 30);
        var planned = await CreateAsync(admin, Region, 3, 4);
        var running = await CreateAsync(admin, Region, 0, 1);
        await Sessions.MoveAsync(admin, running, "open");
        await Sessions.MoveAsync(admin, running, "start");
        var open = await CreateAsync(admin, Region, 5, 6);
        await Sessions.MoveAsync(admin, open, "open");
        var cancelled = await CreateAsync(admin, Region, 2, 3);
        await Sessions.MoveAsync(admin, cancelled, "cancel");
        var completed = await CreateAsync(admin, Region, 0, 1);
        await Sessions.MoveAsync(admin, completed, "open");
        await Sessions.MoveAsync(admin, completed, "start");
        await Sessions.MoveAsync(admin, completed, "complete");
        var ended = await CreateAsync(admin, Region, -10, -9);
        var elsewhere = await CreateAsync(admin, "BG-12", 1, 2);

        var response = await Calendar.ListUpcomingSessionsAsync(new ListUpcomingSessionsRequest { RegionCode = " bg-11" });

        Assert.Equal([running, planned, open, later], response.Sessions.Select(s => Guid.Parse(s.Id)));
        Assert.Equal(["in-progress", "planned", "open", "planned"], response.Sessions.Select(s => s.Status));
        Assert.DoesNotContain(response.Sessions, s => s.Id == cancelled.ToString() || s.Id == completed.ToString()
            || s.Id == ended.ToString() || s.Id == elsewhere.ToString());
        // Equality covers every field, unknown ones included: nothing but the session's public fields comes back.
        Assert.Equal(new UpcomingSession
        {
            Id = later.ToString(),
            Kind = "regional",
            RegionCode = Region,
            Title = Title,
            Venue = Venue,
            StartsOn = Sessions.Day(10),
            EndsOn = Sessions.Day(11),
            Capacity = 30,
            SeatsLeft = 30,
            Status = "planned",
        }, response.Sessions[3]);
    }

    [Fact]
    public async Task From_is_the_first_day_a_session_must_reach_and_max_the_most_sessions()
    {
        const string Region = "BG-13";
        var admin = host.CreateClient();
        var early = await CreateAsync(admin, Region, 5, 6);
        var spanning = await CreateAsync(admin, Region, 19, 21);
        var third = await CreateAsync(admin, Region, 30, 31);
        var fourth = await CreateAsync(admin, Region, 40, 41);

        var all = await ListAsync(Region, "", 0);
        var fromDay20 = await ListAsync(Region, Sessions.Day(20), 0);
        var fromDay20AtMostTwo = await ListAsync(Region, Sessions.Day(20), 2);
        var fromDay22 = await ListAsync(Region, Sessions.Day(22), 0);

        Assert.Equal([early, spanning, third, fourth], all);
        Assert.Equal([spanning, third, fourth], fromDay20);
        Assert.Equal([spanning, third], fromDay20AtMostTwo);
        Assert.Equal([third, fourth], fromDay22);
    }

    [Fact]
    public async Task Max_0_means_50_and_max_200_is_allowed()
    {
        const string Region = "BG-14";
        var admin = host.CreateClient();
        for (var i = 0; i < 51; i++)
        {
            await CreateAsync(admin, Region, 400 + (i % 5), 401 + (i % 5));
        }

        Assert.Equal(50, (await ListAsync(Region, "", 0)).Count);
        Assert.Equal(51, (await ListAsync(Region, "", 200)).Count);
    }

    [Fact]
    public async Task Without_a_region_national_sessions_come_too_and_a_regions_list_leaves_them_out()
    {
        const string Region = "BG-15";
        var admin = host.CreateClient();
        using var created = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            kind = "national", title = Title, venue = "Министерство на правосъдието, София",
            startsOn = Sessions.Day(7), endsOn = Sessions.Day(8),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var national = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var regional = await CreateAsync(admin, Region, 8, 9);

        var everywhere = await Calendar.ListUpcomingSessionsAsync(new ListUpcomingSessionsRequest { Max = 200 });
        var inRegion = await ListAsync(Region, "", 0);

        var nationalRow = Assert.Single(everywhere.Sessions, s => s.Id == national.ToString());
        Assert.Equal("national", nationalRow.Kind);
        Assert.Equal("", nationalRow.RegionCode);
        Assert.Contains(everywhere.Sessions, s => s.Id == regional.ToString() && s.Kind == "regional" && s.RegionCode == Region);
        Assert.Equal(everywhere.Sessions.OrderBy(s => s.StartsOn, StringComparer.Ordinal).Select(s => s.Id), everywhere.Sessions.Select(s => s.Id));
        Assert.Equal([regional], inRegion);
    }

    [Fact]
    public async Task Seats_left_are_the_capacity_less_the_enrolments_that_hold_a_seat_and_nobody_enrolled_is_named()
    {
        const string Region = "BG-16";
        var admin = host.CreateClient();
        var full = await CreateAsync(admin, Region, 12, 13, capacity: 2);
        var roomy = await CreateAsync(admin, Region, 14, 15, capacity: 5);
        await Sessions.MoveAsync(admin, full, "open");
        await Sessions.MoveAsync(admin, roomy, "open");
        string[] names = ["Ивелина Стоянова Георгиева", "Петър Николов Димитров", "Радостина Иванова Колева"];
        var people = new List<Guid>();
        foreach (var name in names)
        {
            people.Add(await Sessions.RegisterPractitionerAsync(admin, Region, name));
        }
        foreach (var person in people)
        {
            await Sessions.EnrolAsync(admin, full, person);
        }
        await Sessions.EnrolAsync(admin, roomy, people[0]);
        await Sessions.EnrolAsync(admin, roomy, people[1]);
        using var withdrawn = await admin.DeleteAsync($"/api/training/sessions/{roomy}/enrolments/{people[1]}");
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var response = await Calendar.ListUpcomingSessionsAsync(new ListUpcomingSessionsRequest { RegionCode = Region });

        // Two of three hold the full session's seats (one waits); in the other, one holds a seat and one withdrew.
        Assert.Equal([0, 4], response.Sessions.Select(s => s.SeatsLeft));
        Assert.Equal([2, 5], response.Sessions.Select(s => s.Capacity));
        var answer = response.ToString();
        Assert.All(people, person => Assert.DoesNotContain(person.ToString(), answer, StringComparison.OrdinalIgnoreCase));
        Assert.All(names, name => Assert.DoesNotContain(name, answer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sofia", "", 0)]
    [InlineData("BG-5", "", 0)]
    [InlineData("", "2027-3-1", 0)]
    [InlineData("", "01.03.2027", 0)]
    [InlineData("", "2027-02-30", 0)]
    [InlineData("", "tomorrow", 0)]
    [InlineData("", "", -1)]
    [InlineData("", "", 201)]
    public async Task A_malformed_region_date_or_max_is_InvalidArgument(string region, string from, int max)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Calendar.ListUpcomingSessionsAsync(new ListUpcomingSessionsRequest { RegionCode = region, From = from, Max = max }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Theory]
    [InlineData("BG-29")]
    [InlineData("bg-00")]
    public async Task A_well_formed_region_that_does_not_exist_is_NotFound_not_an_empty_calendar(string region)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Calendar.ListUpcomingSessionsAsync(new ListUpcomingSessionsRequest { RegionCode = region }));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains(region.ToUpperInvariant(), error.Status.Detail, StringComparison.Ordinal);
    }

    public void Dispose() => _channel.Dispose();

    private const string Title = "Правосъдие, приятел на детето: регионално обучение";
    private const string Venue = "Съдебна палата";

    /// <summary>The ids the calendar lists for <paramref name="region"/>, in its order.</summary>
    private async Task<List<Guid>> ListAsync(string region, string from, int max) =>
        [.. (await Calendar.ListUpcomingSessionsAsync(new ListUpcomingSessionsRequest { RegionCode = region, From = from, Max = max }))
            .Sessions.Select(s => Guid.Parse(s.Id))];

    /// <summary>A regional session planned through the REST API, its days counted from today; its id.</summary>
    private static async Task<Guid> CreateAsync(HttpClient admin, string region, int startsIn, int endsIn, int? capacity = null)
    {
        using var response = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            regionCode = region, title = Title, venue = Venue, startsOn = Sessions.Day(startsIn), endsOn = Sessions.Day(endsIn), capacity,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
