using Justice.Identity.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Identity.Data;

/// <summary><c>access_revocations(user_id, revoked_at)</c>: read by whoever refuses access tokens issued before.</summary>
public sealed class AccessRevocationConfiguration : IEntityTypeConfiguration<AccessRevocation>
{
    public void Configure(EntityTypeBuilder<AccessRevocation> builder)
    {
        builder.ToTable("access_revocations");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasIndex(r => new { r.UserId, r.RevokedAt });
    }
}
