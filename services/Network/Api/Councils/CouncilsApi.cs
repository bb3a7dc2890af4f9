using Justice.Api;
using Justice.Contracts;
using Justice.Network.Domain.Councils;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Justice.Network.Api.Councils;

/// <summary>
/// The support councils (<c>/councils</c>): the National Support Council, created once by a national admin, and each
/// region's Public Support Council, created and kept by the region's coordinators (or national admins).
/// </summary>
public static class CouncilsApi
{
    public static RouteGroupBuilder MapCouncilsApi(this IEndpointRouteBuilder api)
    {
        var councils = api.MapGroup("/councils").WithTags("Support councils")
            .RequireAuthorization(policy => policy.RequireRole(CouncilAccess.Callers));

        councils.MapGet("/", List)
            .WithName("ListCouncils")
            .WithSummary("The councils the caller may read, the national council first, then by region; filtered by region or kind.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        councils.MapPost("/", Create)
            .WithName("CreateCouncil")
            .WithSummary("Creates the National Support Council (national admins; once) or a region's Public Support Council (its coordinators; once per region).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        councils.MapGet("/{id:guid}", Get)
            .WithName("GetCouncil")
            .WithSummary("One council with its current members: organisations and their roles.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        councils.MapPut("/{id:guid}", Update)
            .WithName("UpdateCouncil")
            .WithSummary("Replaces the council's name and establishment date (its managers).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        councils.MapCouncilMembersApi();
        return councils;
    }

    public static async Task<Results<Ok<PagedList<CouncilSummary>>, ProblemHttpResult>> List(
        [AsParameters] CouncilQuery query, [AsParameters] PageQuery page, HttpContext http, [AsParameters] CouncilServices services,
        CancellationToken cancellationToken)
    {
        var region = query.Region is null ? null : JudicialRegionCode.Normalize(query.Region);
        if (region is not null && !http.MayReadRegion(region))
        {
            await http.RefuseAsync(services.Audit, "councils-list", $"region/{region}");
            return Problems.Forbidden("You may list the councils of your own region only.");
        }
        var councils = services.Db.Councils.AsNoTracking();
        if (!http.User.HasRole(Roles.NationalAdmin, Roles.Evaluator))
        {
            var own = http.User.RegionCode();
            councils = councils.Where(c => c.RegionCode == null || c.RegionCode == own);
        }
        if (region is not null)
        {
            councils = councils.Where(c => c.RegionCode == region);
        }
        if (query.Kind is { } kind)
        {
            councils = councils.Where(c => c.Kind == kind);
        }
        var found = await councils
            .Select(c => new { Council = c, Members = c.Members.Count(m => m.RemovedAt == null) })
            .OrderBy(c => c.Council.RegionCode != null).ThenBy(c => c.Council.RegionCode).ThenBy(c => c.Council.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(found.Select(c => CouncilSummary.From(c.Council, c.Members)));
    }

    public static async Task<Results<Created<CouncilView>, ProblemHttpResult>> Create(
        CreateCouncilRequest request, HttpContext http, [AsParameters] CouncilServices services, CancellationToken cancellationToken)
    {
        var region = request.Kind == SupportCouncil.Public ? JudicialRegionCode.Normalize(request.RegionCode!) : null;
        if (region is null ? !http.User.HasRole(Roles.NationalAdmin) : !http.MayManageRegion(region))
        {
            await http.RefuseAsync(services.Audit, "council-create", region is null ? "council/national" : $"region/{region}");
            return Problems.Forbidden(region is null
                ? "Only national admins create the National Support Council."
                : "A region's public support council is created by its coordinators or national admins.");
        }
        if (await services.Db.Councils.AnyAsync(c => c.RegionCode == region, cancellationToken))
        {
            return Exists(region);
        }
        var now = services.Clock.GetUtcNow();
        var council = new SupportCouncil
        {
            Id = Guid.NewGuid(),
            Kind = request.Kind!,
            RegionCode = region,
            Name = request.Name!.Trim(),
            EstablishedOn = request.EstablishedOn,
            CreatedAt = now,
            CreatedBy = http.User.Actor(),
        };
        services.Db.Councils.Add(council);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Exists(region);
        }
        await services.Audit.RecordAsync(http, "council-create", $"council/{council.Id}", "done");
        return TypedResults.Created($"/api/network/councils/{council.Id}", CouncilView.From(council));
    }

    public static async Task<Results<Ok<CouncilView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, [AsParameters] CouncilServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "council-read", manage: false, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(CouncilView.From(found.Value));
    }

    public static async Task<Results<Ok<CouncilView>, ProblemHttpResult>> Update(
        Guid id, UpdateCouncilRequest request, HttpContext http, [AsParameters] CouncilServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "council-update", manage: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var council = found.Value;
        council.Name = request.Name!.Trim();
        council.EstablishedOn = request.EstablishedOn;
        council.UpdatedAt = services.Clock.GetUtcNow();
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "council-update", $"council/{id}", "done");
        return TypedResults.Ok(CouncilView.From(council));
    }

    private static ProblemHttpResult Exists(string? region) =>
        Problems.Conflict(region is null
            ? "The National Support Council already exists; change it rather than creating another."
            : $"{region} already has its public support council; change it rather than creating another.");
}

/// <summary>The filters of <c>GET /api/network/councils</c>.</summary>
/// <param name="Region">Only the council of this region (ISO 3166-2:BG code); regional callers may name their own only.</param>
/// <param name="Kind"><c>national</c> or <c>public</c>.</param>
public sealed record CouncilQuery(string? Region = null, string? Kind = null);

public sealed class CouncilQueryValidator : RequestValidator<CouncilQuery>
{
    public CouncilQueryValidator()
    {
        RuleFor(q => q.Region).RegionCode().KnownRegion();
        RuleFor(q => q.Kind).OneOf(SupportCouncil.Kinds);
    }
}
