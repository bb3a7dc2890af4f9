using Justice.Assessment.Victims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Assessment.Data.Configurations;

internal sealed class VictimConfiguration : IEntityTypeConfiguration<Victim>, IEntityTypeConfiguration<BreakGlassGrant>
{
    public void Configure(EntityTypeBuilder<Victim> victim)
    {
        victim.ToTable("victims");
        victim.HasKey(v => v.Id);
        victim.Property(v => v.Id).ValueGeneratedNever();
        victim.Property(v => v.RegionCode).HasMaxLength(5);
        victim.Property(v => v.AgeGroup).HasMaxLength(10);
        victim.Property(v => v.Sex).HasMaxLength(10);
        victim.Property(v => v.PreferredLanguage).HasMaxLength(2);
        victim.Property(v => v.Version).IsRowVersion();
        victim.HasIndex(v => v.NationalIdHash);
        victim.HasIndex(v => new { v.RegionCode, v.RegisteredAt });
        victim.HasIndex(v => v.KeyId);
    }

    public void Configure(EntityTypeBuilder<BreakGlassGrant> grant)
    {
        grant.ToTable("break_glass_grants");
        grant.HasKey(g => g.Id);
        grant.Property(g => g.GrantedTo).HasMaxLength(200);
        grant.Property(g => g.GranteeRegion).HasMaxLength(5);
        grant.Property(g => g.Reason).HasMaxLength(BreakGlassGrant.MaxReasonLength);
        grant.HasOne<Victim>().WithMany().HasForeignKey(g => g.VictimId).OnDelete(DeleteBehavior.Restrict);
        grant.HasIndex(g => new { g.VictimId, g.GrantedTo, g.ExpiresAt });
        grant.HasIndex(g => g.GrantedAt);
    }
}
