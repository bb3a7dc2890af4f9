using Justice.Publicity.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Publicity.Data.Configurations;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> mail)
    {
        mail.ToTable("outgoing_mails");
        mail.HasKey(m => m.Id);
        mail.Property(m => m.To).HasMaxLength(320);
        mail.Property(m => m.Subject).HasMaxLength(300);
        mail.Property(m => m.LastError).HasMaxLength(200);
        mail.HasIndex(m => new { m.NextAttemptAt, m.CreatedAt });
    }
}
