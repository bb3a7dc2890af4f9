using Justice.Messaging;
using Justice.Network.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Network.Data.Configurations;

internal sealed class JudicialRegionConfiguration : IEntityTypeConfiguration<JudicialRegion>
{
    public void Configure(EntityTypeBuilder<JudicialRegion> region)
    {
        region.ToTable("judicial_regions");
        region.HasKey(r => r.Code);
        region.Property(r => r.Code).HasColumnName("code").HasMaxLength(5);
        region.Property(r => r.NameBg).HasColumnName("name_bg").HasMaxLength(100);
        region.Property(r => r.NameEn).HasColumnName("name_en").HasMaxLength(100);
        region.Property(r => r.NameFr).HasColumnName("name_fr").HasMaxLength(100);
        region.Property(r => r.Nuts3).HasColumnName("nuts3").HasMaxLength(5);
        region.Property(r => r.CourtBg).HasColumnName("court_bg").HasMaxLength(100);
        region.Property(r => r.CourtEn).HasColumnName("court_en").HasMaxLength(100);
        // Reference data is part of the schema: the migration that creates the table inserts the 28 rows.
        region.HasData(Seed());
    }

    internal static IEnumerable<JudicialRegion> Seed() =>
        SeedCsv.ReadEmbedded(typeof(JudicialRegionConfiguration).Assembly, "regions.csv")
            .Select(row => new JudicialRegion
            {
                Code = row["code"],
                NameBg = row["name_bg"],
                NameEn = row["name_en"],
                NameFr = row["name_fr"],
                Nuts3 = row["nuts3"],
                CourtBg = row["court_bg"],
                CourtEn = row["court_en"],
            });
}
