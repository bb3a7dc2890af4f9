using Justice.Publicity.Domain.Films;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Publicity.Data.Configurations;

internal sealed class TrainingFilmConfiguration : IEntityTypeConfiguration<TrainingFilm>, IEntityTypeConfiguration<FilmVersion>,
    IEntityTypeConfiguration<FilmVersionContent>
{
    public void Configure(EntityTypeBuilder<TrainingFilm> film)
    {
        film.ToTable("training_films");
        film.HasKey(f => f.Id);
        film.Property(f => f.TitleBg).HasMaxLength(TrainingFilm.MaxTitleLength);
        film.Property(f => f.TitleEn).HasMaxLength(TrainingFilm.MaxTitleLength);
        film.Property(f => f.TitleFr).HasMaxLength(TrainingFilm.MaxTitleLength);
        film.Property(f => f.DescriptionBg).HasMaxLength(TrainingFilm.MaxDescriptionLength);
        film.Property(f => f.DescriptionEn).HasMaxLength(TrainingFilm.MaxDescriptionLength);
        film.Property(f => f.DescriptionFr).HasMaxLength(TrainingFilm.MaxDescriptionLength);
        // Publishing is decided from the flag it was read with: of two editors at once, one gets 409.
        film.Property(f => f.Published).IsConcurrencyToken();
        film.HasMany(f => f.Versions).WithOne().HasForeignKey(v => v.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasIndex(f => new { f.Published, f.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<FilmVersion> version)
    {
        version.ToTable("film_versions");
        version.HasKey(v => new { v.FilmId, v.Language });
        version.Property(v => v.Language).HasMaxLength(2);
        version.Property(v => v.ExternalUrl).HasMaxLength(FilmVersion.MaxUrlLength);
        version.Property(v => v.FileName).HasMaxLength(FilmVersion.MaxFileNameLength);
        version.Property(v => v.ContentType).HasMaxLength(100);
        version.Property(v => v.Sha256).HasMaxLength(64);
        version.Ignore(v => v.IsLink);
        version.HasOne<FilmVersionContent>().WithOne()
            .HasForeignKey<FilmVersionContent>(c => new { c.FilmId, c.Language }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FilmVersionContent> content)
    {
        content.ToTable("film_version_contents");
        content.HasKey(c => new { c.FilmId, c.Language });
        content.Property(c => c.Language).HasMaxLength(2);
    }
}
