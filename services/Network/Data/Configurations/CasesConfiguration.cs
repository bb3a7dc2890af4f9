using Justice.Network.Domain;
using Justice.Network.Domain.Cases;
using Justice.Network.Domain.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Network.Data.Configurations;

internal sealed class VictimMeasureConfiguration : IEntityTypeConfiguration<VictimMeasure>
{
    public void Configure(EntityTypeBuilder<VictimMeasure> measure)
    {
        measure.ToTable("victim_measures");
        // By victim, not by case: Assessment's events may come before the case does.
        measure.HasKey(m => new { m.VictimId, m.Measure });
        measure.Property(m => m.Measure).HasMaxLength(50);
    }
}

internal sealed class CasePlanActionConfiguration : IEntityTypeConfiguration<CasePlanAction>
{
    public void Configure(EntityTypeBuilder<CasePlanAction> action)
    {
        action.ToTable("case_plan_actions");
        action.HasKey(a => a.Id);
        action.Property(a => a.Description).HasMaxLength(CasePlanAction.MaxDescriptionLength);
        action.Property(a => a.CreatedBy).HasMaxLength(100);
        action.Property(a => a.DoneBy).HasMaxLength(100);
        action.HasOne<CooperationCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        action.HasOne<Institution>().WithMany().HasForeignKey(a => a.ResponsibleInstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CasePlanReviewConfiguration : IEntityTypeConfiguration<CasePlanReview>
{
    public void Configure(EntityTypeBuilder<CasePlanReview> review)
    {
        review.ToTable("case_plan_reviews");
        review.HasKey(r => r.Id);
        review.Property(r => r.Summary).HasMaxLength(CasePlanReview.MaxSummaryLength);
        review.Property(r => r.RecordedBy).HasMaxLength(100);
        review.HasOne<CooperationCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseConferenceConfiguration : IEntityTypeConfiguration<CaseConference>
{
    public void Configure(EntityTypeBuilder<CaseConference> conference)
    {
        conference.ToTable("case_conferences");
        conference.HasKey(c => c.Id);
        conference.Property(c => c.Kind).HasMaxLength(20);
        conference.Property(c => c.RecordedBy).HasMaxLength(100);
        // uuid[] and text[]: the attending institutions are checked against the region when recorded.
        conference.Property(c => c.InstitutionIds);
        conference.Property(c => c.Decisions);
        conference.HasOne<CooperationCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        conference.HasIndex(c => new { c.CaseId, c.Kind, c.HeldAt });
    }
}

internal sealed class ForensicInterviewConfiguration : IEntityTypeConfiguration<ForensicInterview>
{
    public void Configure(EntityTypeBuilder<ForensicInterview> interview)
    {
        interview.ToTable("forensic_interviews");
        interview.HasKey(i => i.Id);
        interview.Property(i => i.RecordedBy).HasMaxLength(100);
        interview.HasOne<CooperationCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
        interview.HasOne<RosterMember>().WithMany().HasForeignKey(i => i.InterviewerId).OnDelete(DeleteBehavior.Restrict);
        interview.HasIndex(i => new { i.CaseId, i.HeldAt });
    }
}

internal sealed class VictimInformedConfiguration : IEntityTypeConfiguration<VictimInformed>
{
    public void Configure(EntityTypeBuilder<VictimInformed> informed)
    {
        informed.ToTable("victim_informed");
        informed.HasKey(i => new { i.CaseId, i.RightCode });
        informed.Property(i => i.RightCode).HasMaxLength(50);
        informed.Property(i => i.RecordedBy).HasMaxLength(100);
        informed.HasOne<CooperationCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
        informed.HasOne<Institution>().WithMany().HasForeignKey(i => i.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
