using Justice.Persistence;
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
        region.Property(r => r.Code).HasMaxLength(5);
        region.Property(r => r.NameBg).HasMaxLength(100);
        region.Property(r => r.NameEn).HasMaxLength(100);
        region.Property(r => r.NameFr).HasMaxLength(100);
        region.Property(r => r.Nuts3).HasMaxLength(5);
        region.Property(r => r.CourtBg).HasMaxLength(100);
        region.Property(r => r.CourtEn).HasMaxLength(100);
        // Reference data is part of the schema: the migration that creates the table inserts the 28 rows.
        region.HasData(Seed());
    }

    internal static IEnumerable<JudicialRegion> Seed() =>
        ReferenceData.Read(typeof(JudicialRegionConfiguration).Assembly, "regions.csv", row => new JudicialRegion
        {
            Code = row.GetString("code"),
            NameBg = row.GetString("name_bg"),
            NameEn = row.GetString("name_en"),
            NameFr = row.GetString("name_fr"),
            Nuts3 = row.GetString("nuts3"),
            CourtBg = row.GetString("court_bg"),
            CourtEn = row.GetString("court_en"),
        });
}
