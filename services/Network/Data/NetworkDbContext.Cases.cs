using Justice.Network.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Data;

public sealed partial class NetworkDbContext
{
    public DbSet<VictimMeasure> VictimMeasures => Set<VictimMeasure>();
    public DbSet<CasePlanAction> PlanActions => Set<CasePlanAction>();
    public DbSet<CasePlanReview> PlanReviews => Set<CasePlanReview>();
    public DbSet<CaseConference> Conferences => Set<CaseConference>();
    public DbSet<ForensicInterview> Interviews => Set<ForensicInterview>();
    public DbSet<VictimInformed> InformationGiven => Set<VictimInformed>();
}
