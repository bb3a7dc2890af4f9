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
        practitioner.Property(p => p.Id).HasColumnName("id");
        practitioner.Property(p => p.FullName).HasColumnName("full_name").HasMaxLength(200);
        practitioner.Property(p => p.Profession).HasColumnName("profession").HasMaxLength(50);
        practitioner.Property(p => p.Institution).HasColumnName("institution").HasMaxLength(200);
        practitioner.Property(p => p.RegionCode).HasColumnName("region_code").HasMaxLength(5);
        practitioner.Property(p => p.RegisteredAt).HasColumnName("registered_at");
        practitioner.Property(p => p.UserId).HasColumnName("user_id").HasMaxLength(100);
        practitioner.Property(p => p.Language).HasColumnName("language").HasMaxLength(2).HasDefaultValue("bg");
        practitioner.HasIndex(p => new { p.RegionCode, p.Profession, p.RegisteredAt });
        practitioner.HasIndex(p => p.UserId).IsUnique().HasFilter("user_id IS NOT NULL");
    }
}
