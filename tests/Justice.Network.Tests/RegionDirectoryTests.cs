using Grpc.Core;
using Justice.Network.V1;

namespace Justice.Network.Tests;

public sealed class RegionDirectoryTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task ListRegions_returns_all_28_with_names_in_three_languages()
    {
        var response = await host.RegionDirectory.ListRegionsAsync(new ListRegionsRequest(), await host.DashboardHeadersAsync());

        Assert.Equal(28, response.Regions.Count);
        var vidin = Assert.Single(response.Regions, r => r.Code == "BG-05");
        Assert.Equal("Видин", vidin.NameBg);
        Assert.Equal("Vidin", vidin.NameEn);
        Assert.Equal("Vidin", vidin.NameFr);
        Assert.Equal("Окръжен съд – Видин", vidin.CourtBg);
    }

    [Fact]
    public async Task GetRegion_finds_a_region_by_code()
    {
        var region = await host.RegionDirectory.GetRegionAsync(new GetRegionRequest { Code = "BG-18" }, await host.DashboardHeadersAsync());

        Assert.Equal("Ruse", region.NameEn);
        Assert.Equal("Roussé", region.NameFr);
    }

    [Fact]
    public async Task GetRegion_of_an_unknown_code_is_NotFound()
    {
        var headers = await host.DashboardHeadersAsync();
        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await host.RegionDirectory.GetRegionAsync(new GetRegionRequest { Code = "BG-29" }, headers));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sofia")]
    [InlineData("BG-5")]
    public async Task GetRegion_of_a_malformed_code_is_InvalidArgument(string code)
    {
        var headers = await host.DashboardHeadersAsync();
        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await host.RegionDirectory.GetRegionAsync(new GetRegionRequest { Code = code }, headers));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_call_without_a_token_is_refused()
    {
        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await host.RegionDirectory.ListRegionsAsync(new ListRegionsRequest()));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }
}
