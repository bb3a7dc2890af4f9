using Justice.Publicity.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Publicity.Data.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> registration)
    {
        registration.ToTable("registrations");
        registration.HasKey(r => r.Id);
        registration.HasOne<PublicEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        registration.Property(r => r.Name).HasMaxLength(Registration.MaxNameLength);
        registration.Property(r => r.Email).HasMaxLength(Registration.MaxEmailLength);
        registration.Property(r => r.Organisation).HasMaxLength(Registration.MaxOrganisationLength);
        registration.Property(r => r.Language).HasMaxLength(2);
        registration.Property(r => r.ConsentWording).HasMaxLength(1000);
        registration.Property(r => r.Status).HasMaxLength(20);
        registration.Property(r => r.ConfirmationCodeHash).HasMaxLength(64);
        registration.Property(r => r.CancellationTokenHash).HasMaxLength(64);
        // One live registration per address and event, whoever races.
        registration.HasIndex(r => new { r.EventId, r.Email }).IsUnique()
            .HasFilter("status IN ('pending', 'confirmed', 'waitlisted') AND email IS NOT NULL");
        registration.HasIndex(r => r.ConfirmationCodeHash).IsUnique().HasFilter("confirmation_code_hash IS NOT NULL");
        registration.HasIndex(r => r.CancellationTokenHash).IsUnique().HasFilter("cancellation_token_hash IS NOT NULL");
        registration.HasIndex(r => new { r.EventId, r.Status, r.ConfirmedAt });
    }
}
