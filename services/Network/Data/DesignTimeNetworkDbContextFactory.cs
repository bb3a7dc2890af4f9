using Justice.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Justice.Network.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeNetworkDbContextFactory : IDesignTimeDbContextFactory<NetworkDbContext>
{
    public NetworkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NetworkDbContext>().UseNpgsql("Host=localhost;Database=networkdb").UseJusticeNaming().Options);
}
