using Justice.Api;
using Justice.Audit;
using Justice.Contracts;
using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Justice.Training.Accounts;
using Justice.Training.Data;
using Justice.Training.Domain;
using Justice.Training.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Practitioners;

/// <summary>The practitioners the programme trains: registered by national admins and their region's coordinators.</summary>
public static partial class PractitionersApi
{
    public static RouteGroupBuilder MapPractitionersApi(this IEndpointRouteBuilder api)
    {
        var practitioners = api.MapGroup("/practitioners").WithTags("Practitioners")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer));

        practitioners.MapPost("/", Register)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator))
            .WithName("RegisterPractitioner")
            .WithSummary("Registers a practitioner for training in their judicial region.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        practitioners.MapGet("/{id:guid}", Get)
            .WithName("GetPractitioner")
            .WithSummary("One practitioner by id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        practitioners.MapGet("/", List)
            .WithName("ListPractitioners")
            .WithSummary("Practitioners, optionally of one region and profession, newest first, a page at a time.")
            .ProducesValidationProblem();
        practitioners.MapPractitionerChangesApi();
        return practitioners;
    }

    public static async Task<Results<Created<PractitionerView>, ProblemHttpResult>> Register(
        RegisterPractitionerRequest request, HttpContext http, [AsParameters] PractitionerServices services,
        CancellationToken cancellationToken)
    {
        var regionCode = JudicialRegionCode.Normalize(request.RegionCode);
        if (!http.User.MaySeeRegion(regionCode))
        {
            await services.Audit.RecordAsync(http, "practitioner-register", regionCode, "refused");
            return Problems.Forbidden("You may register practitioners of your own judicial region only.");
        }
        try
        {
            if (!await services.Regions.ExistsAsync(regionCode, cancellationToken))
            {
                return Problems.Invalid("regionCode", "Unknown judicial region; codes run from BG-01 to BG-28.");
            }
        }
        catch (RegionCatalogUnavailableException)
        {
            return Problems.Unavailable("The judicial region could not be checked right now. Try again shortly.");
        }
        var userId = request.UserId?.Trim();
        if (userId is not null && await PractitionerAccounts.RefusalAsync(userId, regionCode, null, services, cancellationToken) is { } refusal)
        {
            await services.Audit.RecordAsync(http, "practitioner-register", regionCode, "refused-account");
            return refusal;
        }

        var practitioner = new Practitioner
        {
            Id = Guid.CreateVersion7(),
            FullName = PractitionerRules.NormalizeFullName(request.FullName),
            Profession = request.Profession,
            Institution = request.Institution.Trim(),
            RegionCode = regionCode,
            RegisteredAt = services.Clock.GetUtcNow(),
            UserId = userId,
            Language = request.Language ?? ReaderLanguage.Bulgarian,
        };
        services.Db.Practitioners.Add(practitioner);
        services.Outbox.Add(new PractitionerRegistered(
            practitioner.Id, practitioner.Profession, practitioner.RegionCode, practitioner.RegisteredAt));
        if (await PractitionerAccounts.SaveAsync(services, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        services.Metrics.PractitionerRegistered(practitioner.Profession, practitioner.RegionCode);
        LogRegistered(services.Logger, practitioner.Id, practitioner.Profession, practitioner.RegionCode);
        return TypedResults.Created($"/api/training/practitioners/{practitioner.Id}", PractitionerView.From(practitioner));
    }

    public static async Task<Results<Ok<PractitionerView>, ProblemHttpResult>> Get(
        Guid id, TrainingDbContext db, SecurityAuditLog audit, HttpContext http, CancellationToken cancellationToken)
    {
        var practitioner = await db.Practitioners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practitioner is not null && !http.User.MaySeeRegion(practitioner.RegionCode))
        {
            // Another region's record is, for this caller, a record that does not exist.
            await audit.RecordAsync(http, "practitioner-read", practitioner.Id.ToString(), "refused");
            practitioner = null;
        }
        return practitioner is null
            ? Problems.NotFound("Practitioner not found", "There is no practitioner with this id.")
            : TypedResults.Ok(PractitionerView.From(practitioner));
    }

    public static async Task<Ok<PagedList<PractitionerView>>> List(
        [AsParameters] PractitionerFilter filter, [AsParameters] PageQuery page, TrainingDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var query = db.Practitioners.AsNoTracking();
        if (!http.User.IsNational())
        {
            // A regional caller sees their own region, whatever the filter asks for.
            var own = http.User.RegionCode();
            query = query.Where(p => p.RegionCode == own);
        }
        if (filter.RegionCode is { } regionCode)
        {
            query = query.Where(p => p.RegionCode == regionCode);
        }
        if (filter.Profession is { } profession)
        {
            query = query.Where(p => p.Profession == profession);
        }

        var practitioners = await query.OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(practitioners.Select(PractitionerView.From));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Practitioner {PractitionerId} ({Profession}) registered in {RegionCode}")]
    private static partial void LogRegistered(ILogger logger, Guid practitionerId, string profession, string regionCode);
}

/// <summary>What the handlers that register and change practitioners need.</summary>
public sealed record PractitionerServices(
    TrainingDbContext Db, SecurityAuditLog Audit, IOutbox Outbox, RegionCatalog Regions, AccountDirectory Accounts, TimeProvider Clock,
    TrainingMetrics Metrics, ILogger<PractitionerServices> Logger);
