using Justice.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Justice.Assessment.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeAssessmentDbContextFactory : IDesignTimeDbContextFactory<AssessmentDbContext>
{
    public AssessmentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AssessmentDbContext>().UseNpgsql("Host=localhost;Database=assessmentdb").UseJusticeNaming().Options);
}
