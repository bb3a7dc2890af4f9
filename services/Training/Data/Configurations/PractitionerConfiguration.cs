using Justice.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Training.Data.Configurations;

internal sealed class PractitionerConfiguration : IEntityTypeConfiguration<Practitioner>
{
    public void Configure(EntityTypeBuilder<Practitioner> practitioner)
    {
        practitioner.ToTable("practitioners");
        practitioner.HasKey(p => p.Id);
        practitioner.Property(p => p.Id);
        practitioner.Property(p => p.FullName).HasMaxLength(200);
        practitioner.Property(p => p.Profession).HasMaxLength(50);
        practitioner.Property(p => p.Institution).HasMaxLength(200);
        practitioner.Property(p => p.RegionCode).HasMaxLength(5);
        practitioner.Property(p => p.RegisteredAt);
        practitioner.Property(p => p.UserId).HasMaxLength(100);
        practitioner.Property(p => p.Language).HasMaxLength(2).HasDefaultValue("bg");
        practitioner.HasIndex(p => new { p.RegionCode, p.Profession, p.RegisteredAt });
        practitioner.HasIndex(p => p.UserId).IsUnique().HasFilter("user_id IS NOT NULL");
    }
}
