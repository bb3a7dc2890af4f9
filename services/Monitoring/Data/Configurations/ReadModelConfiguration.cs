using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Monitoring.Data.Configurations;

// Table and column names are spelled in the read model's raw SQL (ReadModelWriter, CountsReader): keep them in step.

internal sealed class CountedSubjectConfiguration : IEntityTypeConfiguration<CountedSubject>
{
    public void Configure(EntityTypeBuilder<CountedSubject> subject)
    {
        subject.ToTable("counted_subjects");
        subject.HasKey(s => new { s.Kind, s.SubjectId });
        subject.Property(s => s.Kind).HasMaxLength(60);
        subject.Property(s => s.RegionCode).HasMaxLength(5);
        subject.Property(s => s.Dimension).HasMaxLength(60);
        subject.Ignore(s => s.State);
        subject.HasIndex(s => new { s.Kind, s.OwnerId }).HasFilter("owner_id IS NOT NULL");
    }
}

internal sealed class MonthlyCountConfiguration : IEntityTypeConfiguration<MonthlyCount>
{
    public void Configure(EntityTypeBuilder<MonthlyCount> count)
    {
        count.ToTable("monthly_counts");
        count.HasKey(c => new { c.RegionCode, c.Month, c.Measure, c.Dimension });
        count.Property(c => c.RegionCode).HasMaxLength(5);
        count.Property(c => c.Measure).HasMaxLength(60);
        count.Property(c => c.Dimension).HasMaxLength(60);
    }
}

internal sealed class RegionalTargetConfiguration : IEntityTypeConfiguration<RegionalTarget>
{
    public void Configure(EntityTypeBuilder<RegionalTarget> target)
    {
        target.ToTable("regional_targets");
        target.HasKey(t => new { t.RegionCode, t.Indicator });
        target.Property(t => t.RegionCode).HasMaxLength(5);
        target.Property(t => t.Indicator).HasMaxLength(60);
        target.Property(t => t.SetBy).HasMaxLength(100);
    }
}
