using Justice.Network.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Network.Data.Configurations;

internal sealed class RosterMemberConfiguration : IEntityTypeConfiguration<RosterMember>
{
    public void Configure(EntityTypeBuilder<RosterMember> member)
    {
        member.ToTable("roster_members");
        // One row per practitioner: counting a practitioner twice is impossible, whatever the broker does.
        member.HasKey(m => m.PractitionerId);
        member.Property(m => m.PractitionerId);
        member.Property(m => m.RegionCode).HasMaxLength(5);
        member.Property(m => m.Profession).HasMaxLength(50);
        member.Property(m => m.RegisteredAt);
        member.Property(m => m.TrainedAt);
        member.HasOne<JudicialRegion>().WithMany().HasForeignKey(m => m.RegionCode);
        member.HasIndex(m => new { m.RegionCode, m.Profession });
    }
}
