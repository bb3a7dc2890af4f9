using Justice.Assessment.Victims;
using Justice.Audit;
using Justice.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Data;

public sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options) : DbContext(options)
{
    public DbSet<Victim> Victims => Set<Victim>();
    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssessmentDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
