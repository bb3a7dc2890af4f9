using Justice.Network.Domain;
using Justice.Network.Domain.Cases;
using Justice.Network.Domain.Institutions;
using Justice.Network.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Network.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        referral.ToTable("referrals", t =>
        {
            t.HasCheckConstraint("ck_referrals_consent_given", "consent_given");
            t.HasCheckConstraint("ck_referrals_two_institutions", "from_institution_id <> to_institution_id");
            t.HasCheckConstraint("ck_referrals_state", "state IN ('Sent', 'Accepted', 'Rejected', 'Completed', 'Revoked')");
        });
        referral.HasKey(r => r.Id);
        referral.Property(r => r.Id).ValueGeneratedNever();
        referral.Property(r => r.RegionCode).HasMaxLength(5);
        referral.Property(r => r.Purpose).HasMaxLength(50);
        referral.Property(r => r.ConsentForm).HasMaxLength(30);
        referral.Property(r => r.Note).HasMaxLength(Referral.MaxNoteLength);
        referral.Property(r => r.IssuedBy).HasMaxLength(100);
        referral.Property(r => r.AcceptedBy).HasMaxLength(100);
        referral.Property(r => r.RejectedBy).HasMaxLength(100);
        referral.Property(r => r.CompletedBy).HasMaxLength(100);
        referral.Property(r => r.RevokedBy).HasMaxLength(100);
        referral.Property(r => r.RejectionReason).HasMaxLength(Referral.MaxReasonLength);
        referral.Property(r => r.RevocationReason).HasMaxLength(Referral.MaxReasonLength);
        // Of two changes racing from the same state, the second is refused. The overdue job changes only
        // overdue_reported_at, so it never turns a worker's change into a conflict.
        referral.Property(r => r.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        referral.Ignore(r => r.CompletedWithinDeadline);
        referral.HasOne<CooperationCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        referral.HasOne<JudicialRegion>().WithMany().HasForeignKey(r => r.RegionCode);
        referral.HasOne<Institution>().WithMany().HasForeignKey(r => r.FromInstitutionId).OnDelete(DeleteBehavior.Restrict);
        referral.HasOne<Institution>().WithMany().HasForeignKey(r => r.ToInstitutionId).OnDelete(DeleteBehavior.Restrict);
        referral.HasIndex(r => new { r.CaseId, r.IssuedAt });
        // What the overdue job and a region's overdue list look for: open referrals by deadline.
        referral.HasIndex(r => new { r.RegionCode, r.DueBy }).HasFilter("state IN ('Sent', 'Accepted')")
            .HasDatabaseName("ix_referrals_open_by_due_by");
        referral.HasIndex(r => r.DueBy).HasFilter("state IN ('Sent', 'Accepted') AND overdue_reported_at IS NULL")
            .HasDatabaseName("ix_referrals_overdue_unreported");
    }
}
