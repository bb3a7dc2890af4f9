using Justice.Audit;
using Justice.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Justice.Monitoring.Data;

/// <summary>
/// Monitoring's database: the read model (subjects and their monthly counts), regions' own targets, evaluation
/// findings, and the inbox and outbox.
/// </summary>
public sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    public DbSet<CountedSubject> Subjects => Set<CountedSubject>();
    public DbSet<MonthlyCount> MonthlyCounts => Set<MonthlyCount>();
    public DbSet<RegionalTarget> RegionalTargets => Set<RegionalTarget>();
    public DbSet<EvaluationFinding> Findings => Set<EvaluationFinding>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MonitoringDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
