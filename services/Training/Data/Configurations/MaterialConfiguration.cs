using Justice.Training.Domain.Materials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Training.Data.Configurations;

internal sealed class MaterialConfiguration :
    IEntityTypeConfiguration<Material>,
    IEntityTypeConfiguration<MaterialVersion>,
    IEntityTypeConfiguration<MaterialContent>
{
    public void Configure(EntityTypeBuilder<Material> material)
    {
        material.ToTable("training_materials");
        material.HasKey(m => m.Id);
        material.Property(m => m.Id);
        material.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        material.Property(m => m.TitleBg).HasMaxLength(Material.MaxTitleLength);
        material.Property(m => m.TitleEn).HasMaxLength(Material.MaxTitleLength);
        material.Property(m => m.TitleFr).HasMaxLength(Material.MaxTitleLength);
        material.Property(m => m.Competencies);
        material.Property(m => m.CreatedAt);
        material.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.MaterialId).OnDelete(DeleteBehavior.Cascade);
        material.HasIndex(m => m.CreatedAt);
    }

    public void Configure(EntityTypeBuilder<MaterialVersion> version)
    {
        version.ToTable("training_material_versions", t =>
        {
            t.HasCheckConstraint("ck_training_material_versions_language", "language IN ('bg', 'en', 'fr')");
            // Exactly one of: a stored file (all of its facts), or a link.
            t.HasCheckConstraint("ck_training_material_versions_file_or_link",
                "(external_url IS NULL AND file_name IS NOT NULL AND content_type IS NOT NULL AND size IS NOT NULL AND sha256 IS NOT NULL)"
                + " OR (external_url IS NOT NULL AND file_name IS NULL AND content_type IS NULL AND size IS NULL AND sha256 IS NULL)");
        });
        version.HasKey(v => new { v.MaterialId, v.Language });
        version.Property(v => v.MaterialId);
        version.Property(v => v.Language).HasMaxLength(2);
        version.Property(v => v.FileName).HasMaxLength(MaterialVersion.MaxFileNameLength);
        version.Property(v => v.ContentType).HasMaxLength(100);
        version.Property(v => v.Size);
        version.Property(v => v.Sha256).HasMaxLength(64).IsFixedLength();
        version.Property(v => v.ExternalUrl).HasMaxLength(MaterialVersion.MaxUrlLength);
        version.Property(v => v.UploadedAt);
        version.Property(v => v.UploadedBy).HasMaxLength(100);
        version.Ignore(v => v.IsLink);
        version.HasIndex(v => v.Language);
    }

    public void Configure(EntityTypeBuilder<MaterialContent> content)
    {
        content.ToTable("training_material_contents");
        content.HasKey(c => new { c.MaterialId, c.Language });
        content.Property(c => c.MaterialId);
        content.Property(c => c.Language).HasMaxLength(2);
        content.Property(c => c.Bytes);
        content.HasOne<MaterialVersion>().WithOne().HasForeignKey<MaterialContent>(c => new { c.MaterialId, c.Language })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
