using Justice.Messaging;
using Justice.Audit;
using Justice.Network.Domain;
using Justice.Network.Domain.Cases;
using Justice.Network.Domain.Institutions;
using Justice.Network.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Data;

/// <summary>Network's database. Each part of the service declares its sets in its own file of this partial class.</summary>
public sealed partial class NetworkDbContext(DbContextOptions<NetworkDbContext> options) : DbContext(options)
{
    public DbSet<JudicialRegion> Regions => Set<JudicialRegion>();
    public DbSet<RosterMember> Roster => Set<RosterMember>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<TerritorialTeam> Teams => Set<TerritorialTeam>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<CooperationCase> Cases => Set<CooperationCase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NetworkDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
