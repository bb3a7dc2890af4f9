using Grpc.Core;
using Justice.Assessment.Data;
using Justice.Assessment.Domain;
using Justice.Assessment.Domain.Assessments;
using Justice.Assessment.V1;
using Justice.Audit;
using Justice.Contracts;
using Justice.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Justice.Assessment.Grpc;

/// <summary>
/// <c>justice.assessment.v1.AssessmentDirectory</c>: a victim's needs and measures for Network's cooperation cases,
/// and assessment figures for the national dashboard. Nothing personal: victims by pseudonymous id, codes only.
/// Regional coordinators see their own region; evaluators get figures, never a victim.
/// </summary>
public sealed class AssessmentDirectoryService(AssessmentDbContext db, SecurityAuditLog audit, TimeProvider clock,
    IOptions<AssessmentOptions> options) : AssessmentDirectory.AssessmentDirectoryBase
{
    /// <summary>Roles that may call at all; finer limits are on each method.</summary>
    public static readonly string[] Callers = [Roles.NationalAdmin, Roles.Service, Roles.Evaluator, Roles.RegionalCoordinator];

    private const string VictimReaders = Roles.NationalAdmin + "," + Roles.Service + "," + Roles.RegionalCoordinator;

    [Authorize(Roles = VictimReaders)]
    public override async Task<VictimNeeds> GetVictimNeeds(GetVictimNeedsRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.VictimId, out var victimId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "victim_id must be a UUID."));
        }
        var caller = context.GetHttpContext().User;
        var current = await db.Assessments.AsNoTracking().Include(a => a.Decisions)
            .Where(a => a.VictimId == victimId && a.Status == AssessmentStatus.Completed)
            .SingleOrDefaultAsync(context.CancellationToken);
        if (current is not null && !caller.MaySeeRegion(current.RegionCode))
        {
            await audit.RecordAsync(context.GetHttpContext(), "victim-needs-read", victimId.ToString(), "refused");
            current = null;
        }
        if (current?.Outcome is not { } outcome)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "No assessed victim with this id."));
        }
        var needs = new VictimNeeds
        {
            VictimId = victimId.ToString(),
            RegionCode = current.RegionCode,
            AgeGroup = current.AgeGroup,
            AssessmentId = current.Id.ToString(),
            Version = current.Version,
            CompletedOn = current.CompletedAt!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            SpecificProtectionNeeds = outcome.HasSpecificProtectionNeeds,
        };
        needs.Needs.AddRange(outcome.ProtectionNeeds.Select(n => n.Clause));
        needs.SupportNeeds.AddRange(outcome.SupportNeeds.Select(s => s.Code));
        needs.Measures.AddRange(outcome.Measures.Select(m => new MeasureState
        {
            Measure = m.Code,
            Article = m.Clause,
            State = State(m.Status == RecommendationStatus.Recommended, current.Decisions.SingleOrDefault(d => d.Measure == m.Code)),
        }));
        return needs;
    }

    // Every caller of the service (Callers) may ask for figures; a coordinator gets their own region's.
    public override async Task<AssessmentFigures> GetAssessmentFigures(GetAssessmentFiguresRequest request, ServerCallContext context)
    {
        var caller = context.GetHttpContext().User;
        string? region = null;
        if (request.RegionCode.Length > 0)
        {
            region = JudicialRegionCode.Normalize(request.RegionCode);
            if (!JudicialRegionCode.IsWellFormed(region))
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, "region_code must be an ISO 3166-2:BG code such as BG-05."));
            }
        }
        if (!caller.IsNational())
        {
            var own = caller.RegionCode();
            if (region is not null && region != own)
            {
                throw new RpcException(new Status(StatusCode.PermissionDenied, "You may see your own judicial region only."));
            }
            region = own;
        }
        var figures = await AssessmentFiguresQuery.ReadAsync(db, region, clock.GetUtcNow(), options.Value.DeadlineDays,
            context.CancellationToken);
        return figures;
    }

    private static string State(bool recommended, MeasureDecision? decision) => (recommended, decision) switch
    {
        (false, _) => "declined",
        (_, null) => "recommended",
        (_, { Applied: true }) => "applied",
        (_, { Applied: false }) => "not-applied",
        (_, { Accepted: true }) => "accepted",
        _ => "not-accepted",
    };
}
