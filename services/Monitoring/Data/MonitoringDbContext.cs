using Justice.Audit;
using Justice.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Justice.Monitoring.Data;

<<<<<<< HEAD
/// <summary>Monitoring's database: the read model (subjects and their monthly counts), regions' targets, and the inbox.</summary>
=======
/// <summary>Monitoring's database: the read model (subjects and their monthly counts), evaluation findings and the inbox.</summary>
>>>>>>> helper/reports
public sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    public DbSet<CountedSubject> Subjects => Set<CountedSubject>();
    public DbSet<MonthlyCount> MonthlyCounts => Set<MonthlyCount>();
<<<<<<< HEAD
    public DbSet<RegionalTarget> RegionalTargets => Set<RegionalTarget>();
=======
    public DbSet<EvaluationFinding> Findings => Set<EvaluationFinding>();
>>>>>>> helper/reports

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MonitoringDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
