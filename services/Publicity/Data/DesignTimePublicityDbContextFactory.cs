using Justice.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Justice.Publicity.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimePublicityDbContextFactory : IDesignTimeDbContextFactory<PublicityDbContext>
{
    public PublicityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PublicityDbContext>().UseNpgsql("Host=localhost;Database=publicitydb").UseJusticeNaming().Options);
}
