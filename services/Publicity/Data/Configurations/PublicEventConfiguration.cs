using Justice.Publicity.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Publicity.Data.Configurations;

internal sealed class PublicEventConfiguration : IEntityTypeConfiguration<PublicEvent>
{
    public void Configure(EntityTypeBuilder<PublicEvent> publicEvent)
    {
        publicEvent.ToTable("public_events");
        publicEvent.HasKey(e => e.Id);
        publicEvent.Property(e => e.Kind).HasMaxLength(40);
        publicEvent.ComplexProperty(e => e.Title, title =>
        {
            title.Property(t => t.Bg).HasMaxLength(PublicEvent.MaxTitleLength);
            title.Property(t => t.En).HasMaxLength(PublicEvent.MaxTitleLength);
            title.Property(t => t.Fr).HasMaxLength(PublicEvent.MaxTitleLength);
        });
        publicEvent.ComplexProperty(e => e.Description, description =>
        {
            description.Property(t => t.Bg).HasMaxLength(PublicEvent.MaxDescriptionLength);
            description.Property(t => t.En).HasMaxLength(PublicEvent.MaxDescriptionLength);
            description.Property(t => t.Fr).HasMaxLength(PublicEvent.MaxDescriptionLength);
        });
        publicEvent.Property(e => e.RegionCode).HasMaxLength(5);
        publicEvent.Property(e => e.Venue).HasMaxLength(PublicEvent.MaxVenueLength);
        publicEvent.Property(e => e.Status).HasMaxLength(20);
        publicEvent.Property(e => e.CreatedBy).HasMaxLength(200);
        publicEvent.HasIndex(e => e.StartsAt);
    }
}
