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
        material.Property(m => m.Id).HasColumnName("id");
        material.Property(m => m.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        material.Property(m => m.TitleBg).HasColumnName("title_bg").HasMaxLength(Material.MaxTitleLength);
        material.Property(m => m.TitleEn).HasColumnName("title_en").HasMaxLength(Material.MaxTitleLength);
        material.Property(m => m.TitleFr).HasColumnName("title_fr").HasMaxLength(Material.MaxTitleLength);
        material.Property(m => m.Competencies).HasColumnName("competencies");
        material.Property(m => m.CreatedAt).HasColumnName("created_at");
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
        version.Property(v => v.MaterialId).HasColumnName("material_id");
        version.Property(v => v.Language).HasColumnName("language").HasMaxLength(2);
        version.Property(v => v.FileName).HasColumnName("file_name").HasMaxLength(MaterialVersion.MaxFileNameLength);
        version.Property(v => v.ContentType).HasColumnName("content_type").HasMaxLength(100);
        version.Property(v => v.Size).HasColumnName("size");
        version.Property(v => v.Sha256).HasColumnName("sha256").HasMaxLength(64).IsFixedLength();
        version.Property(v => v.ExternalUrl).HasColumnName("external_url").HasMaxLength(MaterialVersion.MaxUrlLength);
        version.Property(v => v.UploadedAt).HasColumnName("uploaded_at");
        version.Property(v => v.UploadedBy).HasColumnName("uploaded_by").HasMaxLength(100);
        version.Ignore(v => v.IsLink);
        version.HasIndex(v => v.Language);
    }

    public void Configure(EntityTypeBuilder<MaterialContent> content)
    {
        content.ToTable("training_material_contents");
        content.HasKey(c => new { c.MaterialId, c.Language });
        content.Property(c => c.MaterialId).HasColumnName("material_id");
        content.Property(c => c.Language).HasColumnName("language").HasMaxLength(2);
        content.Property(c => c.Bytes).HasColumnName("bytes");
        content.HasOne<MaterialVersion>().WithOne().HasForeignKey<MaterialContent>(c => new { c.MaterialId, c.Language })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
