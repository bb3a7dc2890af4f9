using Justice.Network.Domain;
using Justice.Network.Domain.Councils;
using Justice.Network.Domain.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Network.Data.Configurations;

internal sealed class SupportCouncilConfiguration : IEntityTypeConfiguration<SupportCouncil>
{
    public void Configure(EntityTypeBuilder<SupportCouncil> council)
    {
        council.ToTable("support_councils", t =>
            t.HasCheckConstraint("ck_support_councils_kind_region",
                "(kind = 'national' AND region_code IS NULL) OR (kind = 'public' AND region_code IS NOT NULL)"));
        council.HasKey(c => c.Id);
        council.Property(c => c.Id).ValueGeneratedNever();
        council.Property(c => c.Kind).HasMaxLength(10);
        council.Property(c => c.RegionCode).HasMaxLength(5);
        council.Property(c => c.Name).HasMaxLength(SupportCouncil.MaxNameLength);
        council.Property(c => c.CreatedBy).HasMaxLength(100);
        council.Property(c => c.Version).IsRowVersion();
        council.Ignore(c => c.IsNational);
        council.HasOne<JudicialRegion>().WithMany().HasForeignKey(c => c.RegionCode);
        // One council per region, and one without a region: the national council.
        council.HasIndex(c => c.RegionCode).IsUnique().AreNullsDistinct(false);
        council.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> member)
    {
        member.ToTable("council_members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Id).ValueGeneratedNever();
        member.Property(m => m.Organisation).HasMaxLength(CouncilMember.MaxOrganisationLength);
        member.Property(m => m.Role).HasMaxLength(20);
        member.Ignore(m => m.IsCurrent);
        member.HasOne<Institution>().WithMany().HasForeignKey(m => m.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        // An organisation sits on a council once; a council has one chair and one secretary at a time.
        member.HasIndex(m => new { m.CouncilId, m.Organisation }).IsUnique().HasFilter("removed_at IS NULL");
        member.HasIndex(m => new { m.CouncilId, m.Role }).IsUnique()
            .HasFilter($"removed_at IS NULL AND role IN ('{CouncilRoles.Chair}', '{CouncilRoles.Secretary}')")
            .HasDatabaseName("ix_council_members_council_id_single_role");
    }
}
