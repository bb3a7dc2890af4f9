using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Justice.Contracts;
using Justice.Network.Api.Cooperation;
using Justice.Network.Data;
using Justice.Network.Domain.Cooperation;
using Justice.Network.Reference;
using Justice.Network.V1;
using Justice.Security;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Grpc;

/// <summary>
/// <c>justice.network.v1.CooperationDirectory</c>: territorial teams and the cooperation figures, for other services
/// and national dashboards. Figures and codes only: no case, practitioner or victim is named.
/// </summary>
public sealed class CooperationDirectoryService(NetworkDbContext db, JudicialRegions knownRegions) : CooperationDirectory.CooperationDirectoryBase
{
    /// <summary>Roles that may call: national callers who see every region.</summary>
    public static readonly string[] Callers = [Roles.NationalAdmin, Roles.Evaluator, Roles.Service];

    public override async Task<TeamStatus> GetTeam(GetTeamRequest request, ServerCallContext context)
    {
        var code = await KnownRegionAsync(request.RegionCode, "region_code", context.CancellationToken);
        var status = new TeamStatus { RegionCode = code };
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.RegionCode == code, context.CancellationToken);
        if (team is null)
        {
            return status;
        }
        var members = db.TeamMembers.AsNoTracking().Where(m => m.TeamId == team.Id);
        status.Exists = true;
        status.Formed = team.FormedAt is not null;
        if (team.FormedAt is { } formedAt)
        {
            status.FormedAt = Timestamp.FromDateTimeOffset(formedAt);
        }
        status.Members = await members.CountAsync(context.CancellationToken);
        status.TrainedMembers = await members
            .CountAsync(m => db.Roster.Any(r => r.PractitionerId == m.PractitionerId && r.TrainedAt != null), context.CancellationToken);
        var types = await members.Join(db.Institutions, m => m.InstitutionId, i => i.Id, (_, i) => i.Type)
            .Distinct().ToListAsync(context.CancellationToken);
        status.InstitutionTypes.AddRange(types.Order(StringComparer.Ordinal));
        return status;
    }

    /// <summary>Every region's figures (or the one asked for) and always the national totals: the REST figures' numbers.</summary>
    public override async Task<CaseFigures> GetCaseFigures(GetCaseFiguresRequest request, ServerCallContext context)
    {
        var only = request.RegionCode.Length > 0
            ? await KnownRegionAsync(request.RegionCode, "region_code", context.CancellationToken)
            : null;
        var counts = await CooperationFiguresQuery.ByRegionAsync(db, null, context.CancellationToken);
        var regions = await db.Regions.AsNoTracking().Where(r => only == null || r.Code == only)
            .OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(context.CancellationToken);
        var figures = new CaseFigures
        {
            National = Row("", CooperationFiguresQuery.National(counts)),
            TargetPercent = CaseCounts.TargetPercent,
        };
        figures.Regions.AddRange(regions.Select(code => Row(code, counts.GetValueOrDefault(code))));
        return figures;
    }

    private async Task<string> KnownRegionAsync(string requested, string field, CancellationToken cancellationToken) =>
        (await RegionArgument.KnownAsync(knownRegions, requested, field, cancellationToken)).Code;

    private static RegionCaseFigures Row(string regionCode, CaseCounts counts) => new()
    {
        RegionCode = regionCode,
        Open = counts.Open,
        Closed = counts.Closed,
        Effective = counts.Effective,
        EffectivePercent = counts.EffectivePercent,
    };
}
