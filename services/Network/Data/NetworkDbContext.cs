using Justice.Messaging;
using Justice.Audit;
using Justice.Network.Domain;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Data;

public sealed class NetworkDbContext(DbContextOptions<NetworkDbContext> options) : DbContext(options)
{
    public DbSet<JudicialRegion> Regions => Set<JudicialRegion>();
    public DbSet<RosterMember> Roster => Set<RosterMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NetworkDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
