using Justice.Audit;
using Justice.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Justice.Monitoring.Data;

/// <summary>Monitoring's database: the read model (subjects and their monthly counts), evaluation findings and the inbox.</summary>
public sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    public DbSet<CountedSubject> Subjects => Set<CountedSubject>();
    public DbSet<MonthlyCount> MonthlyCounts => Set<MonthlyCount>();
    public DbSet<EvaluationFinding> Findings => Set<EvaluationFinding>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MonitoringDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
