using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Justice.Network.Tests.Teams;
using Justice.Network.V1;

namespace Justice.Network.Tests.Institutions;

/// <summary>
/// <c>InstitutionDirectory</c> over real gRPC through the test server, called as the public website calls it: without a
/// token. A region's institutions by type then name, their own fields only.
/// </summary>
public sealed class InstitutionDirectoryTests(NetworkHost host) : IClassFixture<NetworkHost>, IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(host.Factory.Server.BaseAddress,
        new GrpcChannelOptions { HttpHandler = host.Factory.Server.CreateHandler() });

    private InstitutionDirectory.InstitutionDirectoryClient Directory => new(_channel);

    [Fact]
    public async Task A_regions_institutions_come_by_type_then_name_with_the_type_named_in_three_languages_without_a_token()
    {
        const string Region = "BG-06";
        var admin = await host.CreateAdminClientAsync();
        var policeB = await AddAsync(admin, Region, "police", "Б Областна дирекция на МВР", "Regional Directorate of the Interior – Vratsa",
            "ул. „Васил Кънчов“ 2, Враца", "+359 92 624 000");
        var court = await AddAsync(admin, Region, "court", "Окръжен съд – Враца", null, null, "court@vratsa.example");
        var policeA = await AddAsync(admin, Region, "police", "А Районно управление – Мездра");
        var childProtection = await AddAsync(admin, Region, "child-protection", "Отдел „Закрила на детето“ – Враца");
        await AddAsync(admin, "BG-07", "court", "Окръжен съд – Габрово");

        var response = await Directory.ListInstitutionsAsync(new ListInstitutionsRequest { RegionCode = Region });

        Assert.Equal([childProtection, court, policeA, policeB], response.Institutions.Select(i => Guid.Parse(i.Id)));
        Assert.All(response.Institutions, i => Assert.Equal(Region, i.RegionCode));
        // Equality covers every field, unknown ones included: nothing but the institution's own fields comes back.
        Assert.Equal(new Institution
        {
            Id = policeB.ToString(),
            RegionCode = Region,
            Type = "police",
            TypeNameBg = "Полиция (областна дирекция на МВР)",
            TypeNameEn = "Police (regional directorate of the Ministry of Interior)",
            TypeNameFr = "Police (direction régionale du ministère de l'Intérieur)",
            NameBg = "Б Областна дирекция на МВР",
            NameEn = "Regional Directorate of the Interior – Vratsa",
            Address = "ул. „Васил Кънчов“ 2, Враца",
            Contact = "+359 92 624 000",
        }, response.Institutions[3]);
        Assert.Equal(new Institution
        {
            Id = court.ToString(),
            RegionCode = Region,
            Type = "court",
            TypeNameBg = "Съд",
            TypeNameEn = "Court",
            TypeNameFr = "Tribunal",
            NameBg = "Окръжен съд – Враца",
            NameEn = "",
            Address = "",
            Contact = "court@vratsa.example",
        }, response.Institutions[1]);
    }

    [Fact]
    public async Task A_code_in_any_case_names_its_region()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await AddAsync(admin, "BG-08", "municipality", "Община Добрич");

        var response = await Directory.ListInstitutionsAsync(new ListInstitutionsRequest { RegionCode = " bg-08" });

        Assert.Equal(id.ToString(), Assert.Single(response.Institutions).Id);
    }

    [Fact]
    public async Task A_region_without_institutions_has_an_empty_list()
    {
        var response = await Directory.ListInstitutionsAsync(new ListInstitutionsRequest { RegionCode = "BG-28" });

        Assert.Empty(response.Institutions);
    }

    [Fact]
    public async Task Nobody_of_the_regions_team_is_in_the_answer()
    {
        const string Region = "BG-10";
        var admin = await host.CreateAdminClientAsync();
        var practitioner = await TeamSetup.RosterAsync(host, Region);
        var institution = await AddAsync(admin, Region, "social-service", "Център за социална рехабилитация – Кърджали");
        const string Account = "account-of-a-team-member-bg10";
        using var put = await TeamSetup.PutMemberAsync(admin, Region, practitioner, institution, accountId: Account);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        var response = await Directory.ListInstitutionsAsync(new ListInstitutionsRequest { RegionCode = Region });

        Assert.Equal(institution.ToString(), Assert.Single(response.Institutions).Id);
        var answer = response.ToString();
        Assert.DoesNotContain(practitioner.ToString(), answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Account, answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", StatusCode.InvalidArgument)]
    [InlineData("Vratsa", StatusCode.InvalidArgument)]
    [InlineData("BG-5", StatusCode.InvalidArgument)]
    [InlineData("BG-005", StatusCode.InvalidArgument)]
    [InlineData("BG-29", StatusCode.NotFound)]
    [InlineData("BG-00", StatusCode.NotFound)]
    public async Task A_code_that_names_no_region_is_refused(string code, StatusCode status)
    {
        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await Directory.ListInstitutionsAsync(new ListInstitutionsRequest { RegionCode = code }));

        Assert.Equal(status, error.StatusCode);
    }

    public void Dispose() => _channel.Dispose();

    /// <summary>An institution added through the REST API as a national admin; its id.</summary>
    private static async Task<Guid> AddAsync(HttpClient admin, string region, string type, string nameBg, string? nameEn = null,
        string? address = null, string? contact = null)
    {
        using var response = await admin.PostAsJsonAsync($"/api/network/regions/{region}/institutions",
            new { type, nameBg, nameEn, address, contact });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
