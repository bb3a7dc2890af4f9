using Justice.Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Assessment.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<VictimAssessment>, IEntityTypeConfiguration<MeasureDecision>
{
    public void Configure(EntityTypeBuilder<VictimAssessment> assessment)
    {
        assessment.ToTable("assessments", t =>
        {
            t.HasCheckConstraint("ck_assessments_version", "version >= 1");
            t.HasCheckConstraint("ck_assessments_age_group", "age_group IN ('child', 'adult')");
        });
        assessment.HasKey(a => a.Id);
        assessment.Property(a => a.Id).ValueGeneratedNever();
        assessment.Property(a => a.RegionCode).HasMaxLength(5);
        assessment.Property(a => a.AgeGroup).HasMaxLength(5);
        assessment.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.StartedBy).HasMaxLength(100);
        assessment.Property(a => a.CompletedBy).HasMaxLength(100);
        assessment.Property(a => a.Facts).AsJson();
        assessment.Property(a => a.Outcome).AsJson();
        assessment.Ignore(a => a.DaysToCompletion);
        // Two people completing or changing the same version at once: the second is told, not silently overwritten.
        assessment.Property<uint>("xmin").IsRowVersion();
        assessment.HasMany(a => a.Decisions).WithOne().HasForeignKey(d => d.AssessmentId);
        assessment.HasIndex(a => new { a.VictimId, a.Version }).IsUnique();
        // At most one draft per victim: a re-assessment starts only when the previous version is completed.
        assessment.HasIndex(a => a.VictimId).IsUnique().HasFilter("status = 'Draft'").HasDatabaseName("ix_assessments_one_draft_per_victim");
        assessment.HasIndex(a => new { a.RegionCode, a.Status });
    }

    public void Configure(EntityTypeBuilder<MeasureDecision> decision)
    {
        decision.ToTable("measure_decisions");
        decision.HasKey(d => new { d.AssessmentId, d.Measure });
        decision.Property(d => d.Measure).HasMaxLength(50);
        decision.Property(d => d.Reason).HasMaxLength(1000);
        decision.Property(d => d.Authority).HasMaxLength(50);
        decision.Property(d => d.DecidedBy).HasMaxLength(100);
        decision.Property(d => d.AppliedBy).HasMaxLength(200);
        decision.Property(d => d.NotAppliedReason).HasMaxLength(1000);
    }
}
