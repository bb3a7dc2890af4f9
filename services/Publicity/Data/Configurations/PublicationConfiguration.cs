using Justice.Publicity.Domain.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Publicity.Data.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>, IEntityTypeConfiguration<PublicationFile>,
    IEntityTypeConfiguration<PublicationFileContent>
{
    public void Configure(EntityTypeBuilder<Publication> publication)
    {
        publication.ToTable("publications");
        publication.HasKey(p => p.Id);
        publication.Property(p => p.Kind).HasMaxLength(20);
        // A state move is made only from the state it was read in: of two editors publishing at once, one gets 409.
        publication.Property(p => p.State).HasMaxLength(20).IsConcurrencyToken()
            .HasConversion(state => state.Code(), code => PublicationStateMachine.Parse(code)!.Value);
        foreach (var title in new[] { nameof(Publication.TitleBg), nameof(Publication.TitleEn), nameof(Publication.TitleFr) })
        {
            publication.Property(title).HasMaxLength(PublicationText.MaxTitleLength);
        }
        foreach (var summary in new[] { nameof(Publication.SummaryBg), nameof(Publication.SummaryEn), nameof(Publication.SummaryFr) })
        {
            publication.Property(summary).HasMaxLength(PublicationText.MaxSummaryLength);
        }
        foreach (var body in new[] { nameof(Publication.BodyBg), nameof(Publication.BodyEn), nameof(Publication.BodyFr) })
        {
            publication.Property(body).HasMaxLength(PublicationText.MaxBodyLength);
        }
        publication.Ignore(p => p.Languages);
        publication.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PublicationId).OnDelete(DeleteBehavior.Cascade);
        // The public lists read what is published, latest first.
        publication.HasIndex(p => new { p.State, p.PublishedAt });
    }

    public void Configure(EntityTypeBuilder<PublicationFile> file)
    {
        file.ToTable("publication_files");
        file.HasKey(f => new { f.PublicationId, f.Language });
        file.Property(f => f.Language).HasMaxLength(2);
        file.Property(f => f.FileName).HasMaxLength(PublicationFile.MaxFileNameLength);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.Sha256).HasMaxLength(64);
        file.HasOne<PublicationFileContent>().WithOne()
            .HasForeignKey<PublicationFileContent>(c => new { c.PublicationId, c.Language }).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PublicationFileContent> content)
    {
        content.ToTable("publication_file_contents");
        content.HasKey(c => new { c.PublicationId, c.Language });
        content.Property(c => c.Language).HasMaxLength(2);
    }
}
