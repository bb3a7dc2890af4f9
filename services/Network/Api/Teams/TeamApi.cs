using Justice.Api;
using Justice.Audit;
using Justice.Network.Api.Institutions;
using Justice.Network.Data;
using Justice.Network.Domain.Teams;
using Justice.Network.Teams;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Justice.Network.Api.Teams;

/// <summary>
/// A judicial region's territorial team, formed from its roster: read by the region's coordinators and practitioners
/// and by national admins, composed by the region's coordinators and national admins. Every change decides the team's
/// formation again.
/// </summary>
public static partial class TeamApi
{
    public static IEndpointRouteBuilder MapTeamApi(this IEndpointRouteBuilder api)
    {
        var team = api.MapGroup("/regions/{code}/team").WithTags("Territorial teams");
        team.MapGet("/", Get).WithName("GetTerritorialTeam")
            .RequireAuthorization(policy => policy.RequireRole(RegionScope.TeamReaders))
            .WithSummary("The region's team: its members, whether it counts as formed and since when, and what it lacks (in the reader's language).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        team.MapPut("/members/{practitionerId:guid}", PutMember).WithName("PutTerritorialTeamMember")
            .RequireAuthorization(policy => policy.RequireRole(RegionScope.Managers))
            .WithSummary("Adds a practitioner of the region's roster to its team, or changes their institution, role or account; the first member makes the team.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        team.MapDelete("/members/{practitionerId:guid}", RemoveMember).WithName("RemoveTerritorialTeamMember")
            .RequireAuthorization(policy => policy.RequireRole(RegionScope.Managers))
            .WithSummary("Takes a member off the region's team.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<TeamView>, ProblemHttpResult>> Get(
        string code, HttpContext http, NetworkDbContext db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var region = await RegionScope.ReadableAsync(code, http, db, audit, "team-read", cancellationToken);
        if (region.Refused)
        {
            return region.Problem;
        }
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.RegionCode == region.Value.Code, cancellationToken);
        var teamId = team?.Id ?? Guid.Empty;
        var rows = await (
            from member in db.TeamMembers.AsNoTracking()
            where member.TeamId == teamId
            join institution in db.Institutions on member.InstitutionId equals institution.Id
            join practitioner in db.Roster on member.PractitionerId equals practitioner.PractitionerId
            orderby member.Role, member.AddedAt, member.PractitionerId
            select new { member, institution, practitioner.Profession, Trained = practitioner.TrainedAt != null })
            .ToListAsync(cancellationToken);

        var showAccounts = http.MayManageRegion(region.Value.Code);
        var members = rows.Select(row => new TeamMemberView(
            row.member.PractitionerId, row.Profession,
            new TeamInstitutionView(row.institution.Id, InstitutionTypeNames.NameOf(row.institution.NameBg, row.institution.NameEn),
                row.institution.Type, InstitutionTypeNames.Of(row.institution.Type)),
            row.member.Role, row.Trained, row.member.AddedAt, showAccounts ? row.member.AccountId : null)).ToList();
        var formation = TeamFormation.Evaluate([.. rows.Select(row => new FormationMember(row.institution.Type, row.Trained))]);
        var formed = team?.FormedAt is not null;
        return TypedResults.Ok(new TeamView(region.Value.Code, team?.Id, formed, team?.FormedAt, members, formation.InstitutionTypes,
            formed ? [] : [.. formation.Missing.Select(TeamGapView.From)]));
    }

    public static async Task<Results<Created<TeamMemberView>, Ok<TeamMemberView>, ProblemHttpResult>> PutMember(
        string code, Guid practitionerId, PutTeamMemberRequest request, HttpContext http, [AsParameters] TeamServices services,
        CancellationToken cancellationToken)
    {
        var db = services.Db;
        var region = await RegionScope.ManagedAsync(code, http, db, services.Audit, "team-member-put", cancellationToken);
        if (region.Refused)
        {
            return region.Problem;
        }
        var regionCode = region.Value.Code;
        var practitioner = await db.Roster.AsNoTracking()
            .SingleOrDefaultAsync(p => p.PractitionerId == practitionerId && p.RegionCode == regionCode, cancellationToken);
        if (practitioner is null)
        {
            return NotOnRoster();
        }
        var institution = await db.Institutions.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == request.InstitutionId && i.RegionCode == regionCode, cancellationToken);
        if (institution is null)
        {
            return Problems.Invalid("institutionId", ReaderLanguage.Pick("Съдебният район няма институция с този идентификатор.",
                "The judicial region has no institution with this id.", "La région judiciaire n'a aucune institution avec cet identifiant."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await services.Teams.LockRegionAsync(regionCode, cancellationToken);
        var team = await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.RegionCode == regionCode, cancellationToken);
        if (team is null)
        {
            team = new TerritorialTeam { Id = Guid.CreateVersion7(), RegionCode = regionCode, CreatedAt = services.Clock.GetUtcNow() };
            db.Teams.Add(team);
        }
        if (request.Role == TeamMember.Coordinator
            && team.Members.Any(m => m.Role == TeamMember.Coordinator && m.PractitionerId != practitionerId))
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Екипът вече има координатор; първо го направете член.", "The team already has a coordinator; make them a member first.",
                "L'équipe a déjà un coordinateur ; faites-en d'abord un membre."));
        }
        var accountId = request.AccountId?.Trim();
        if (accountId is not null
            && await db.TeamMembers.AnyAsync(m => m.AccountId == accountId && m.PractitionerId != practitionerId, cancellationToken))
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Този профил вече е на друг член на екип.", "This account is already another team member's.",
                "Ce compte est déjà celui d'un autre membre d'équipe."));
        }

        var member = team.Members.SingleOrDefault(m => m.PractitionerId == practitionerId);
        var added = member is null;
        if (member is null)
        {
            member = new TeamMember
            {
                TeamId = team.Id,
                PractitionerId = practitionerId,
                InstitutionId = institution.Id,
                Role = request.Role!,
                AddedAt = services.Clock.GetUtcNow(),
            };
            db.TeamMembers.Add(member);
        }
        member.InstitutionId = institution.Id;
        member.Role = request.Role!;
        member.AccountId = accountId;
        try
        {
            await services.Teams.ApplyAsync(team, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
        {
            // The institution was removed since it was looked up.
            return Problems.Conflict(ReaderLanguage.Pick("Институцията беше премахната междувременно; изберете друга.",
                "The institution was removed meanwhile; choose another.", "L'institution a été supprimée entre-temps ; choisissez-en une autre."));
        }
        LogMemberPut(services.Logger, practitionerId, regionCode, member.Role, added);

        var view = new TeamMemberView(practitionerId, practitioner.Profession,
            new TeamInstitutionView(institution.Id, InstitutionTypeNames.NameOf(institution.NameBg, institution.NameEn),
                institution.Type, InstitutionTypeNames.Of(institution.Type)),
            member.Role, practitioner.TrainedAt is not null, member.AddedAt, member.AccountId);
        return added
            ? TypedResults.Created($"/api/network/regions/{regionCode}/team", view)
            : TypedResults.Ok(view);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMember(
        string code, Guid practitionerId, HttpContext http, [AsParameters] TeamServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var region = await RegionScope.ManagedAsync(code, http, db, services.Audit, "team-member-remove", cancellationToken);
        if (region.Refused)
        {
            return region.Problem;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await services.Teams.LockRegionAsync(region.Value.Code, cancellationToken);
        var team = await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.RegionCode == region.Value.Code, cancellationToken);
        var member = team?.Members.SingleOrDefault(m => m.PractitionerId == practitionerId);
        if (team is null || member is null)
        {
            return Problems.NotFound(ReaderLanguage.Pick("Няма такъв член", "Team member not found", "Membre introuvable"),
                ReaderLanguage.Pick("Практикуващият не е член на екипа на съдебния район.", "The practitioner is not on the region's team.",
                    "Le praticien ne fait pas partie de l'équipe de la région."));
        }
        db.TeamMembers.Remove(member);
        await services.Teams.ApplyAsync(team, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogMemberRemoved(services.Logger, practitionerId, region.Value.Code);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotOnRoster() =>
        Problems.NotFound(ReaderLanguage.Pick("Няма такъв практикуващ", "Practitioner not on the roster", "Praticien absent du vivier"),
            ReaderLanguage.Pick(
                "Няма практикуващ с този идентификатор в списъка на съдебния район; практикуващите влизат в него, когато се регистрират за обучението.",
                "No practitioner with this id is on the region's roster; practitioners join it when they register for the training.",
                "Aucun praticien avec cet identifiant n'est dans le vivier de la région ; les praticiens y entrent à leur inscription à la formation."));

    [LoggerMessage(Level = LogLevel.Information, Message = "Practitioner {PractitionerId} put on the team of {RegionCode} as {Role} (new: {Added})")]
    private static partial void LogMemberPut(ILogger logger, Guid practitionerId, string regionCode, string role, bool added);

    [LoggerMessage(Level = LogLevel.Information, Message = "Practitioner {PractitionerId} taken off the team of {RegionCode}")]
    private static partial void LogMemberRemoved(ILogger logger, Guid practitionerId, string regionCode);
}

/// <summary>What the handlers that change a team need.</summary>
public sealed record TeamServices(
    NetworkDbContext Db, SecurityAuditLog Audit, TeamReevaluation Teams, TimeProvider Clock, ILogger<TerritorialTeam> Logger);
