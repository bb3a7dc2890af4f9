using Justice.Messaging;
using Justice.Messaging.Audit;
using Justice.Training.Domain;
using Justice.Training.Domain.Competencies;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Data;

public sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public DbSet<Practitioner> Practitioners => Set<Practitioner>();
    public DbSet<DecisionMaker> DecisionMakers => Set<DecisionMaker>();
    public DbSet<CompetencyFrameworkVersion> FrameworkVersions => Set<CompetencyFrameworkVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
