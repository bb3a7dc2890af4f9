using Justice.Identity.Accounts;
using Justice.Audit;
using Justice.Identity.Tokens;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Justice.Identity.Data;

/// <summary>Users and roles (ASP.NET Core Identity), OpenIddict's clients and tokens, revoked access (<see cref="AccessRevocation"/>) and the security audit log.</summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : IdentityDbContext<JusticeUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<JusticeUser>(user =>
        {
            user.Property(u => u.RegionCode).HasMaxLength(5);
            user.Property(u => u.Institution).HasMaxLength(200);
        });
        builder.Entity<AccessRevocation>(revocation =>
        {
            revocation.ToTable("access_revocations");
            revocation.HasKey(r => new { r.UserId, r.RevokedAt });
            revocation.Property(r => r.UserId).HasMaxLength(450);
            revocation.HasIndex(r => r.RevokedAt);
        });
        builder.UseOpenIddict();
        builder.AddSecurityAudit();
    }
}
