using Justice.Network.Domain;
using Justice.Network.Domain.Cases;
using Justice.Network.Domain.Institutions;
using Justice.Network.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Network.Data.Configurations;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> institution)
    {
        institution.ToTable("institutions");
        institution.HasKey(i => i.Id);
        institution.Property(i => i.RegionCode).HasMaxLength(5);
        institution.Property(i => i.Type).HasMaxLength(50);
        institution.Property(i => i.NameBg).HasMaxLength(Institution.MaxNameLength);
        institution.Property(i => i.NameEn).HasMaxLength(Institution.MaxNameLength);
        institution.Property(i => i.Address).HasMaxLength(Institution.MaxAddressLength);
        institution.Property(i => i.Contact).HasMaxLength(Institution.MaxContactLength);
        institution.HasOne<JudicialRegion>().WithMany().HasForeignKey(i => i.RegionCode);
        // The same institution is not listed twice in a region.
        institution.HasIndex(i => new { i.RegionCode, i.NameBg }).IsUnique();
    }
}

internal sealed class TerritorialTeamConfiguration : IEntityTypeConfiguration<TerritorialTeam>
{
    public void Configure(EntityTypeBuilder<TerritorialTeam> team)
    {
        team.ToTable("territorial_teams");
        team.HasKey(t => t.Id);
        team.Property(t => t.RegionCode).HasMaxLength(5);
        team.HasOne<JudicialRegion>().WithMany().HasForeignKey(t => t.RegionCode);
        team.HasIndex(t => t.RegionCode).IsUnique();
        team.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.ToTable("team_members");
        member.HasKey(m => new { m.TeamId, m.PractitionerId });
        member.Property(m => m.Role).HasMaxLength(20);
        member.Property(m => m.AccountId).HasMaxLength(100);
        member.HasOne<RosterMember>().WithMany().HasForeignKey(m => m.PractitionerId);
        member.HasOne<Institution>().WithMany().HasForeignKey(m => m.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        // A practitioner serves on one team only (the roster is per region, and so is the team).
        member.HasIndex(m => m.PractitionerId).IsUnique();
        member.HasIndex(m => m.AccountId);
    }
}

internal sealed class CooperationCaseConfiguration : IEntityTypeConfiguration<CooperationCase>
{
    public void Configure(EntityTypeBuilder<CooperationCase> @case)
    {
        @case.ToTable("cooperation_cases");
        @case.HasKey(c => c.Id);
        @case.Property(c => c.RegionCode).HasMaxLength(5);
        @case.Property(c => c.AgeGroup).HasMaxLength(10);
        @case.Property(c => c.Source).HasMaxLength(20);
        @case.Property(c => c.OpenedBy).HasMaxLength(100);
        @case.Property(c => c.ClosedBy).HasMaxLength(100);
        @case.Property(c => c.Outcome).HasMaxLength(50);
        @case.Property(c => c.Version).IsRowVersion();
        @case.Ignore(c => c.IsOpen);
        @case.HasOne<JudicialRegion>().WithMany().HasForeignKey(c => c.RegionCode);
        @case.HasOne<Institution>().WithMany().HasForeignKey(c => c.LeadInstitutionId).OnDelete(DeleteBehavior.Restrict);
        // Once per victim, however often Assessment's event is delivered and whoever opens it.
        @case.HasIndex(c => c.VictimId).IsUnique();
        @case.HasIndex(c => new { c.RegionCode, c.ClosedAt });
    }
}
