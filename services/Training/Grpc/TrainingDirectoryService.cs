using System.Globalization;
using Grpc.Core;
using Justice.Api;
using Justice.Audit;
using Justice.Contracts;
using Justice.Security;
using Justice.Training.Catalogs;
using Justice.Training.Data;
using Justice.Training.Domain;
using Justice.Training.V1;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Grpc;

/// <summary>
/// <c>justice.training.v1.TrainingDirectory</c>: who is trained, for other services and the national
/// dashboard. A regional coordinator sees their own region only; evaluators get figures, never lists.
/// </summary>
public sealed class TrainingDirectoryService(TrainingDbContext db, SecurityAuditLog audit) : TrainingDirectory.TrainingDirectoryBase
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    /// <summary>Roles that may call at all; finer limits are on and in each method.</summary>
    public static readonly string[] Callers =
        [Roles.NationalAdmin, Roles.Service, Roles.Evaluator, Roles.RegionalCoordinator, Roles.Practitioner];

    /// <summary>Who may call the methods about others: everyone in <see cref="Callers"/> but practitioners.</summary>
    private const string DirectoryReaders = Roles.NationalAdmin + "," + Roles.Service + "," + Roles.Evaluator + "," + Roles.RegionalCoordinator;

    /// <summary>Built with an initializer, not a constructor, so that EF can filter on its members.</summary>
    private sealed record Trained
    {
        public required Guid PractitionerId { get; init; }
        public required string Profession { get; init; }
        public required string RegionCode { get; init; }
        public required DateOnly CompletedOn { get; init; }
        public required Guid SessionId { get; init; }
    }

    [Authorize(Roles = DirectoryReaders)]
    public override async Task<IsPractitionerTrainedResponse> IsPractitionerTrained(IsPractitionerTrainedRequest request, ServerCallContext context)
    {
        // Whether one named person is trained is personal data: evaluators get figures only.
        await RefuseEvaluatorsAsync(context, "practitioner-trained-read", "Evaluators see figures, not people.");
        if (!Guid.TryParse(request.PractitionerId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "practitioner_id must be a UUID."));
        }
        var practitioner = await db.Practitioners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, context.CancellationToken);
        if (practitioner is null || !Caller(context).MaySeeRegion(practitioner.RegionCode))
        {
            throw new RpcException(new Status(StatusCode.NotFound, "No practitioner with this id."));
        }
        var trained = await TrainedQuery().Where(t => t.PractitionerId == id).ToListAsync(context.CancellationToken);
        return new IsPractitionerTrainedResponse
        {
            Trained = trained.Count > 0,
            CompletedOn = trained.Count > 0 ? Iso(trained.Max(t => t.CompletedOn)) : "",
            ValidCertificates = trained.Count,
        };
    }

    public override async Task<IsAccountTrainedResponse> IsAccountTrained(IsAccountTrainedRequest request, ServerCallContext context)
    {
        await RefuseEvaluatorsAsync(context, "account-trained-read", "Evaluators see figures, not people.");
        if (request.AccountId.Length is 0 or > 100)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "account_id is required (at most 100 characters)."));
        }
        var caller = Caller(context);
        if (caller.HasRole(Roles.Practitioner) && !caller.HasRole(Roles.NationalAdmin, Roles.Service, Roles.RegionalCoordinator)
            && caller.FindFirst(JusticeClaims.Subject)?.Value != request.AccountId)
        {
            await audit.RecordAsync(context.GetHttpContext(), "account-trained-read", request.AccountId, "refused");
            throw new RpcException(new Status(StatusCode.PermissionDenied, "A practitioner may ask about their own account only."));
        }
        var practitioner = await db.Practitioners.AsNoTracking()
            .SingleOrDefaultAsync(p => p.UserId == request.AccountId, context.CancellationToken);
        if (practitioner is null || !caller.MaySeeRegion(practitioner.RegionCode))
        {
            return new IsAccountTrainedResponse { Trained = false };
        }
        var trained = await TrainedQuery().Where(t => t.PractitionerId == practitioner.Id).ToListAsync(context.CancellationToken);
        return new IsAccountTrainedResponse
        {
            Trained = trained.Count > 0,
            PractitionerId = practitioner.Id.ToString(),
            RegionCode = practitioner.RegionCode,
            CompletedOn = trained.Count > 0 ? Iso(trained.Max(t => t.CompletedOn)) : "",
        };
    }

    [Authorize(Roles = DirectoryReaders)]
    public override async Task<ListTrainedPractitionersResponse> ListTrainedPractitioners(
        ListTrainedPractitionersRequest request, ServerCallContext context)
    {
        await RefuseEvaluatorsAsync(context, "trained-practitioners-list", "Evaluators see figures, not lists of people.");
        var caller = Caller(context);
        var region = RegionFilter(request.RegionCode, caller);
        if (request.Profession.Length > 0 && !Professions.IsKnown(request.Profession))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Unknown profession."));
        }
        var pageSize = request.PageSize switch
        {
            0 => DefaultPageSize,
            < 0 or > MaxPageSize => throw new RpcException(new Status(StatusCode.InvalidArgument, $"page_size runs from 1 to {MaxPageSize}.")),
            _ => request.PageSize,
        };
        var offset = 0;
        if (request.PageToken.Length > 0 && (!int.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "page_token is not one this service gave."));
        }

        var query = TrainedQuery();
        if (region is not null)
        {
            query = query.Where(t => t.RegionCode == region);
        }
        if (request.Profession.Length > 0)
        {
            query = query.Where(t => t.Profession == request.Profession);
        }
        // One row per practitioner: the latest training they completed.
        var rows = (await query.ToListAsync(context.CancellationToken))
            .GroupBy(t => t.PractitionerId).Select(g => g.OrderByDescending(t => t.CompletedOn).First())
            .OrderBy(t => t.RegionCode, StringComparer.Ordinal).ThenBy(t => t.PractitionerId).ToList();
        var response = new ListTrainedPractitionersResponse { Total = rows.Count };
        response.Practitioners.AddRange(rows.Skip(offset).Take(pageSize).Select(t => new TrainedPractitioner
        {
            PractitionerId = t.PractitionerId.ToString(),
            Profession = t.Profession,
            RegionCode = t.RegionCode,
            CompletedOn = Iso(t.CompletedOn),
            SessionId = t.SessionId.ToString(),
        }));
        response.NextPageToken = offset + pageSize < rows.Count ? (offset + pageSize).ToString(CultureInfo.InvariantCulture) : "";
        return response;
    }

    [Authorize(Roles = DirectoryReaders)]
    public override async Task<TrainingFigures> GetTrainingFigures(GetTrainingFiguresRequest request, ServerCallContext context)
    {
        var region = RegionFilter(request.RegionCode, Caller(context));
        var cancellationToken = context.CancellationToken;

        var trained = (await TrainedQuery().Where(t => region == null || t.RegionCode == region).ToListAsync(cancellationToken))
            .DistinctBy(t => t.PractitionerId).ToList();
        var registered = await db.Practitioners.AsNoTracking().Where(p => region == null || p.RegionCode == region)
            .GroupBy(p => p.RegionCode).Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.RegionCode != null && s.Status == Domain.Sessions.SessionStatus.Completed && (region == null || s.RegionCode == region))
            .GroupBy(s => s.RegionCode!).Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var supervision = await db.Supervision.AsNoTracking().Where(s => region == null || s.RegionCode == region)
            .GroupBy(s => s.RegionCode).Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var certificates = db.Certificates.AsNoTracking().Where(c => region == null || c.RegionCode == region);

        var figures = new TrainingFigures
        {
            PractitionersTrained = trained.Count,
            SessionsCompleted = sessions.Sum(s => s.Count),
            CertificatesValid = await certificates.CountAsync(c => c.RevokedAt == null, cancellationToken),
            CertificatesRevoked = await certificates.CountAsync(c => c.RevokedAt != null, cancellationToken),
            // Decision makers belong to no region: they count nationally only.
            DecisionMakersTrained = region is not null ? 0 : await db.Certificates.AsNoTracking()
                .Where(c => c.RegionCode == null && c.RevokedAt == null).Select(c => c.HolderId).Distinct().CountAsync(cancellationToken),
        };
        // The region asked for always has its row, zeros included.
        var regions = registered.Select(r => r.Region).Concat(sessions.Select(s => s.Region)).Concat(supervision.Select(s => s.Region))
            .Concat(trained.Select(t => t.RegionCode)).Concat(region is null ? [] : [region]).Distinct().Order(StringComparer.Ordinal);
        foreach (var code in regions)
        {
            var inRegion = trained.Where(t => t.RegionCode == code).ToList();
            var row = new RegionFigures
            {
                RegionCode = code,
                SessionsCompleted = sessions.SingleOrDefault(s => s.Region == code)?.Count ?? 0,
                PractitionersRegistered = registered.SingleOrDefault(r => r.Region == code)?.Count ?? 0,
                PractitionersTrained = inRegion.Count,
                SupervisionSessions = supervision.SingleOrDefault(s => s.Region == code)?.Count ?? 0,
            };
            row.TrainedByProfession.AddRange(inRegion.GroupBy(t => t.Profession).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ProfessionCount { Profession = g.Key, Count = g.Count() }));
            figures.Regions.Add(row);
        }
        return figures;
    }

    /// <summary>Valid certificates of regional sessions, with the practitioner's own profession and region.</summary>
    private IQueryable<Trained> TrainedQuery() =>
        from certificate in db.Certificates.AsNoTracking()
        where certificate.RevokedAt == null && certificate.RegionCode != null
        join practitioner in db.Practitioners.AsNoTracking() on certificate.HolderId equals practitioner.Id
        select new Trained
        {
            PractitionerId = practitioner.Id,
            Profession = practitioner.Profession,
            RegionCode = practitioner.RegionCode,
            CompletedOn = certificate.CompletedOn,
            SessionId = certificate.SessionId,
        };

    /// <summary>The region asked for, checked; a regional caller is held to their own region.</summary>
    private static string? RegionFilter(string requested, System.Security.Claims.ClaimsPrincipal caller)
    {
        var region = requested.Length > 0 ? GrpcRegionArgument.WellFormed(requested, "region_code") : null;
        if (caller.IsNational())
        {
            return region;
        }
        var own = caller.RegionCode();
        if (region is not null && region != own)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "You may see your own judicial region only."));
        }
        return own;
    }

    private static System.Security.Claims.ClaimsPrincipal Caller(ServerCallContext context) => context.GetHttpContext().User;

    /// <summary>Refuses (audited as <paramref name="action"/>) a caller who is an evaluator and nothing more.</summary>
    private async Task RefuseEvaluatorsAsync(ServerCallContext context, string action, string refusal)
    {
        var caller = Caller(context);
        if (caller.HasRole(Roles.Evaluator) && !caller.HasRole(Roles.NationalAdmin, Roles.Service))
        {
            await audit.RecordAsync(context.GetHttpContext(), action, null, "refused");
            throw new RpcException(new Status(StatusCode.PermissionDenied, refusal));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
