using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Monitoring.Data.Configurations;

internal sealed class EvaluationFindingConfiguration : IEntityTypeConfiguration<EvaluationFinding>
{
    public void Configure(EntityTypeBuilder<EvaluationFinding> finding)
    {
        finding.ToTable("evaluation_findings");
        finding.HasKey(f => f.Id);
        finding.Property(f => f.Kind).HasMaxLength(40);
        finding.Property(f => f.Author).HasMaxLength(EvaluationFinding.MaxAuthorLength);
        finding.Property(f => f.RegionCode).HasMaxLength(5);
        finding.Property(f => f.Findings).HasMaxLength(EvaluationFinding.MaxTextLength);
        finding.Property(f => f.Recommendations).HasMaxLength(EvaluationFinding.MaxTextLength);
        finding.Property(f => f.RecordedBy).HasMaxLength(100);
        // Lists and the monthly report read a month's findings.
        finding.HasIndex(f => new { f.Month, f.Date });
    }
}
