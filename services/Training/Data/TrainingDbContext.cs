using Justice.Messaging;
using Justice.Audit;
using Justice.Training.Domain;
using Justice.Training.Data.Configurations;
using Justice.Training.Domain.Competencies;
using Justice.Training.Domain.Materials;
using Justice.Training.Domain.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Data;

public sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public DbSet<Practitioner> Practitioners => Set<Practitioner>();
    public DbSet<DecisionMaker> DecisionMakers => Set<DecisionMaker>();
    public DbSet<CompetencyFrameworkVersion> FrameworkVersions => Set<CompetencyFrameworkVersion>();
    public DbSet<TrainingSession> Sessions => Set<TrainingSession>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<SupervisionSession> Supervision => Set<SupervisionSession>();
    public DbSet<Material> Materials => Set<Material>();
    public DbSet<MaterialVersion> MaterialVersions => Set<MaterialVersion>();
    /// <summary>The bytes of stored versions, apart from everything that lists read.</summary>
    public DbSet<MaterialContent> MaterialContents => Set<MaterialContent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>(TrainingSessionConfiguration.CertificateSerials);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
