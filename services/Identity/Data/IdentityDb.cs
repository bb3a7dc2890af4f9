using Justice.Identity.Accounts;
using Justice.Audit;
using Justice.Identity.Tokens;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Justice.Identity.Data;

/// <summary>
/// Users and roles (ASP.NET Core Identity), sign-in failures, access revocations, OpenIddict's clients and tokens, and
/// the security audit log.
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : IdentityDbContext<JusticeUser>(options)
{
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<AccessRevocation> AccessRevocations => Set<AccessRevocation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<JusticeUser>(user =>
        {
            user.Property(u => u.RegionCode).HasMaxLength(5);
            user.Property(u => u.Institution).HasMaxLength(200);
            user.Ignore(u => u.IsDisabled);
        });
        builder.Entity<SignInFailure>(failure =>
        {
            failure.ToTable("sign_in_failures");
            failure.Property(f => f.AccountKey).HasMaxLength(64);
            failure.Property(f => f.Source).HasMaxLength(64);
            failure.HasIndex(f => new { f.AccountKey, f.FailedAt });
        });
        builder.Entity<AccessRevocation>(revocation =>
        {
            revocation.ToTable("access_revocations");
            revocation.HasKey(r => r.Id);
            revocation.Property(r => r.UserId).HasMaxLength(450);
            revocation.HasIndex(r => r.RevokedAt);
            revocation.HasIndex(r => new { r.UserId, r.RevokedAt });
        });
        builder.UseOpenIddict();
        builder.AddSecurityAudit();
    }
}
