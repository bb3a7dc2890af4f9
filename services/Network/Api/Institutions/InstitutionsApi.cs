using Justice.Api;
using Justice.Audit;
using Justice.Network.Data;
using Justice.Network.Domain.Institutions;
using Justice.Network.Domain.Teams;
using Justice.Network.Teams;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Justice.Network.Api.Institutions;

/// <summary>
/// The institutions of each judicial region that cooperate on victims' cases: listed per region, added and changed by
/// the region's coordinators (and national admins), read by the region's people and national readers.
/// </summary>
public static partial class InstitutionsApi
{
    public static IEndpointRouteBuilder MapInstitutionsApi(this IEndpointRouteBuilder api)
    {
        var regional = api.MapGroup("/regions/{code}/institutions").WithTags("Institutions");
        regional.MapGet("/", List).WithName("ListRegionInstitutions")
            .RequireAuthorization(policy => policy.RequireRole(RegionScope.Readers))
            .WithSummary("The region's institutions by name, optionally of one type, a page at a time; type names in the reader's language.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        regional.MapPost("/", Create).WithName("CreateInstitution")
            .RequireAuthorization(policy => policy.RequireRole(RegionScope.Managers))
            .WithSummary("Adds an institution to the region (its coordinators, national admins); its Bulgarian name is unique in the region.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var institutions = api.MapGroup("/institutions").WithTags("Institutions");
        institutions.MapGet("/{id:guid}", Get).WithName("GetInstitution")
            .RequireAuthorization(policy => policy.RequireRole(RegionScope.Readers))
            .WithSummary("One institution by id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        institutions.MapPut("/{id:guid}", Update).WithName("UpdateInstitution")
            .RequireAuthorization(policy => policy.RequireRole(RegionScope.Managers))
            .WithSummary("Replaces an institution's fields (all but its region); a change of type decides the region's team's formation again.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        institutions.MapDelete("/{id:guid}", Delete).WithName("DeleteInstitution")
            .RequireAuthorization(policy => policy.RequireRole(RegionScope.Managers))
            .WithSummary("Removes an institution nothing refers to; 409 while a team member, a case or another record refers to it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        institutions.MapInstitutionImportApi();
        return api;
    }

    public static async Task<Results<Ok<PagedList<InstitutionView>>, ProblemHttpResult>> List(
        string code, [AsParameters] InstitutionFilter filter, [AsParameters] PageQuery page, HttpContext http,
        NetworkDbContext db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var region = await RegionScope.ReadableAsync(code, http, db, audit, "institutions-read", cancellationToken);
        if (region.Refused)
        {
            return region.Problem;
        }
        var query = db.Institutions.AsNoTracking().Where(i => i.RegionCode == region.Value.Code);
        if (filter.Type is { } type)
        {
            query = query.Where(i => i.Type == type);
        }
        var institutions = await query.OrderBy(i => i.NameBg).ThenBy(i => i.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(institutions.Select(InstitutionView.From));
    }

    public static async Task<Results<Created<InstitutionView>, ProblemHttpResult>> Create(
        string code, InstitutionRequest request, HttpContext http, [AsParameters] InstitutionServices services,
        CancellationToken cancellationToken)
    {
        var region = await RegionScope.ManagedAsync(code, http, services.Db, services.Audit, "institution-create", cancellationToken);
        if (region.Refused)
        {
            return region.Problem;
        }
        var institution = new Institution
        {
            Id = Guid.CreateVersion7(),
            RegionCode = region.Value.Code,
            Type = "",
            NameBg = "",
            CreatedAt = services.Clock.GetUtcNow(),
        };
        request.ApplyTo(institution);
        services.Db.Institutions.Add(institution);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return DuplicateName();
        }
        LogCreated(services.Logger, institution.Id, institution.RegionCode, institution.Type);
        return TypedResults.Created($"/api/network/institutions/{institution.Id}", InstitutionView.From(institution));
    }

    public static async Task<Results<Ok<InstitutionView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, NetworkDbContext db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null || !http.MayRead(institution.RegionCode))
        {
            return await NotFoundAsync(institution, http, audit, "institution-read");
        }
        return TypedResults.Ok(InstitutionView.From(institution));
    }

    public static async Task<Results<Ok<InstitutionView>, ProblemHttpResult>> Update(
        Guid id, InstitutionRequest request, HttpContext http, [AsParameters] InstitutionServices services,
        CancellationToken cancellationToken)
    {
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var institution = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null || !http.MayManageRegion(institution.RegionCode))
        {
            return await NotFoundAsync(institution, http, services.Audit, "institution-update");
        }
        // The type decides the team's formation: the region's team changes one at a time (TeamReevaluation).
        await services.Teams.LockRegionAsync(institution.RegionCode, cancellationToken);
        institution = await db.Institutions.SingleAsync(i => i.Id == id, cancellationToken);
        var typeChanged = institution.Type != request.Type;
        request.ApplyTo(institution);
        try
        {
            var team = typeChanged
                ? await db.Teams.SingleOrDefaultAsync(t => t.RegionCode == institution.RegionCode, cancellationToken)
                : null;
            if (team is null)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await services.Teams.ApplyAsync(team, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return DuplicateName();
        }
        LogUpdated(services.Logger, institution.Id, institution.Type);
        return TypedResults.Ok(InstitutionView.From(institution));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext http, [AsParameters] InstitutionServices services, CancellationToken cancellationToken)
    {
        var institution = await services.Db.Institutions.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null || !http.MayManageRegion(institution.RegionCode))
        {
            return await NotFoundAsync(institution, http, services.Audit, "institution-delete");
        }
        services.Db.Institutions.Remove(institution);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } fk)
        {
            var referrer = Referrer(fk.TableName);
            return Problems.Conflict(ReaderLanguage.Pick(
                $"Институцията не може да бъде премахната, докато {referrer} я посочва.",
                $"The institution cannot be removed while {referrer} refers to it.",
                $"L'institution ne peut pas être supprimée tant que {referrer} y fait référence."));
        }
        LogDeleted(services.Logger, institution.Id);
        return TypedResults.NoContent();
    }

    /// <summary>What refers to an institution, in the reader's language, named by the table of the row that does.</summary>
    private static string Referrer(string? table) => table switch
    {
        "team_members" => ReaderLanguage.Pick("член на териториалния екип", "a member of the territorial team",
            "un membre de l'équipe territoriale"),
        "cooperation_cases" => ReaderLanguage.Pick("случай на сътрудничество", "a cooperation case", "un dossier de coopération"),
        _ => ReaderLanguage.Pick("друг запис (насочване, заседание или друго)", "another record (a referral, a meeting or other)",
            "un autre enregistrement (orientation, réunion ou autre)"),
    };

    /// <summary>404 for an institution that does not exist or that the caller may not see; the latter is audited.</summary>
    private static async Task<ProblemHttpResult> NotFoundAsync(Institution? institution, HttpContext http, SecurityAuditLog audit, string action)
    {
        if (institution is not null)
        {
            await http.RefuseAsync(audit, action, $"institution/{institution.Id}");
        }
        return Problems.NotFound(ReaderLanguage.Pick("Няма такава институция", "Institution not found", "Institution introuvable"),
            ReaderLanguage.Pick("Няма институция с този идентификатор.", "There is no institution with this id.",
                "Aucune institution ne porte cet identifiant."));
    }

    private static ProblemHttpResult DuplicateName() =>
        Problems.Conflict(ReaderLanguage.Pick("Съдебният район вече има институция с това име.",
            "The judicial region already has an institution of this name.",
            "La région judiciaire a déjà une institution de ce nom."));

    [LoggerMessage(Level = LogLevel.Information, Message = "Institution {InstitutionId} ({Type}) added in {RegionCode}")]
    private static partial void LogCreated(ILogger logger, Guid institutionId, string regionCode, string type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Institution {InstitutionId} ({Type}) updated")]
    private static partial void LogUpdated(ILogger logger, Guid institutionId, string type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Institution {InstitutionId} removed")]
    private static partial void LogDeleted(ILogger logger, Guid institutionId);
}

/// <summary>What the handlers that change institutions need.</summary>
public sealed record InstitutionServices(
    NetworkDbContext Db, SecurityAuditLog Audit, TeamReevaluation Teams, TimeProvider Clock, ILogger<Institution> Logger);
