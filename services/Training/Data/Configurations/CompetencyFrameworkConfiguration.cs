using Justice.Persistence;
using Justice.Training.Domain.Competencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Training.Data.Configurations;

internal sealed class CompetencyFrameworkConfiguration :
    IEntityTypeConfiguration<CompetencyFrameworkVersion>,
    IEntityTypeConfiguration<FrameworkCompetency>,
    IEntityTypeConfiguration<ProfileRequirement>
{
    /// <summary>Version 1 starts as a draft holding the programme's eight competencies (competencies.csv).</summary>
    private static readonly DateTimeOffset Seeded = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<CompetencyFrameworkVersion> version)
    {
        version.ToTable("competency_framework_versions");
        version.HasKey(v => v.Number);
        version.Property(v => v.Number).ValueGeneratedNever();
        version.Property(v => v.CreatedAt);
        version.Property(v => v.PublishedAt);
        version.Ignore(v => v.IsPublished);
        version.HasMany(v => v.Competencies).WithOne().HasForeignKey(c => c.VersionNumber);
        version.HasMany(v => v.Requirements).WithOne().HasForeignKey(r => r.VersionNumber);
        version.HasData(new { Number = 1, CreatedAt = Seeded, PublishedAt = (DateTimeOffset?)null });
    }

    public void Configure(EntityTypeBuilder<FrameworkCompetency> competency)
    {
        competency.ToTable("framework_competencies");
        competency.HasKey(c => new { c.VersionNumber, c.Code });
        competency.Property(c => c.VersionNumber);
        competency.Property(c => c.Code).HasMaxLength(10);
        competency.Property(c => c.NameBg).HasMaxLength(CompetencyTexts.NameMaxLength);
        competency.Property(c => c.NameEn).HasMaxLength(CompetencyTexts.NameMaxLength);
        competency.Property(c => c.NameFr).HasMaxLength(CompetencyTexts.NameMaxLength);
        competency.Property(c => c.DescriptionBg).HasMaxLength(CompetencyTexts.DescriptionMaxLength);
        competency.Property(c => c.DescriptionEn).HasMaxLength(CompetencyTexts.DescriptionMaxLength);
        competency.Property(c => c.DescriptionFr).HasMaxLength(CompetencyTexts.DescriptionMaxLength);
        // Names from the programme's reference data (competencies.csv); the descriptions are its own (competency-descriptions.csv).
        var assembly = typeof(CompetencyFrameworkConfiguration).Assembly;
        var descriptions = ReferenceData.Read(assembly, "competency-descriptions.csv", row => new CompetencyDescriptionRow(
            row.GetString("code"), row.GetString("description_bg"), row.GetString("description_en"), row.GetString("description_fr"))).ToDictionary(row => row.Code);
        competency.HasData(ReferenceData.Read(assembly, "competencies.csv", row => new CompetencyRow(
                row.GetString("code"), row.GetString("name_en"), row.GetString("name_bg"), row.GetString("name_fr")))
            .Select(row => new FrameworkCompetency
            {
                VersionNumber = 1,
                Code = row.Code,
                NameBg = row.NameBg,
                NameEn = row.NameEn,
                NameFr = row.NameFr,
                DescriptionBg = descriptions[row.Code].DescriptionBg,
                DescriptionEn = descriptions[row.Code].DescriptionEn,
                DescriptionFr = descriptions[row.Code].DescriptionFr,
            }));
    }

    public void Configure(EntityTypeBuilder<ProfileRequirement> requirement)
    {
        requirement.ToTable("profile_requirements");
        requirement.HasKey(r => new { r.VersionNumber, r.Profession, r.CompetencyCode });
        requirement.Property(r => r.VersionNumber);
        requirement.Property(r => r.Profession).HasMaxLength(50);
        requirement.Property(r => r.CompetencyCode).HasMaxLength(10);
        requirement.Property(r => r.Level);
        requirement.ToTable(t => t.HasCheckConstraint("ck_profile_requirements_level", "level BETWEEN 1 AND 3"));
    }
}

internal sealed record CompetencyRow(string Code, string NameEn, string NameBg, string NameFr);

internal sealed record CompetencyDescriptionRow(string Code, string DescriptionBg, string DescriptionEn, string DescriptionFr);
