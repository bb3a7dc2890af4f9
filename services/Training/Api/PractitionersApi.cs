using Justice.Contracts;
using Justice.Contracts.Events;
using Justice.Messaging.Audit;
using Justice.Messaging.Outbox;
using Justice.ServiceDefaults.Http;
using Justice.ServiceDefaults.Security;
using Justice.Training.Data;
using Justice.Training.Domain;
using Justice.Training.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

public static partial class PractitionersApi
{
    public static RouteGroupBuilder MapPractitionersApi(this IEndpointRouteBuilder app)
    {
        var practitioners = app.MapGroup("/api/training/practitioners").WithTags("Practitioners")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer));

        practitioners.MapPost("/", Register)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator))
            .WithName("RegisterPractitioner")
            .WithSummary("Registers a practitioner for training in their judicial region.")
            .Accepts<RegisterPractitionerRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        practitioners.MapGet("/{id:guid}", Get)
            .WithName("GetPractitioner")
            .WithSummary("One practitioner by id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        practitioners.MapGet("/", List)
            .WithName("ListPractitioners")
            .WithSummary("Practitioners, optionally of one region and profession, newest first, a page at a time.")
            .ProducesValidationProblem();
        return practitioners;
    }

    public static async Task<Results<Created<PractitionerView>, ProblemHttpResult>> Register(
        HttpRequest request, [AsParameters] PractitionerServices services, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RegisterPractitionerRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = new ValidationErrors();
        var registration = PractitionerRules.Validate(
            body.Value!.FullName, body.Value.Profession, body.Value.Institution, body.Value.RegionCode, errors);
        var language = ValidateLanguage(body.Value.Language, errors);
        var userId = body.Value.UserId is null ? null : errors.RequireText("userId", body.Value.UserId, 100);
        if (registration is null || !errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var caller = request.HttpContext.User;
        if (!caller.MaySeeRegion(registration.RegionCode))
        {
            await services.Db.RecordAsync(request.HttpContext, "practitioner-register", registration.RegionCode, "refused");
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "You may register practitioners of your own judicial region only.");
        }

        try
        {
            if (!await services.Regions.ExistsAsync(registration.RegionCode, cancellationToken))
            {
                errors.Add("regionCode", "Unknown judicial region; codes run from BG-01 to BG-28.");
                return errors.ToProblem();
            }
        }
        catch (RegionCatalogUnavailableException)
        {
            return Problems.Unavailable("The judicial region could not be checked right now. Try again shortly.");
        }

        if (userId is not null && await services.Db.Practitioners.AnyAsync(p => p.UserId == userId, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict",
                detail: "Another practitioner is already linked to this account.");
        }

        var practitioner = new Practitioner
        {
            Id = Guid.CreateVersion7(),
            FullName = registration.FullName,
            Profession = registration.Profession,
            Institution = registration.Institution,
            RegionCode = registration.RegionCode,
            RegisteredAt = services.Clock.GetUtcNow(),
            UserId = userId,
            Language = language,
        };
        services.Db.Practitioners.Add(practitioner);
        services.Outbox.Add(new PractitionerRegistered(
            practitioner.Id, practitioner.Profession, practitioner.RegionCode, practitioner.RegisteredAt));
        await services.Db.SaveChangesAsync(cancellationToken);

        services.Metrics.PractitionerRegistered(practitioner.Profession, practitioner.RegionCode);
        LogRegistered(services.Logger, practitioner.Id, practitioner.Profession, practitioner.RegionCode);
        return TypedResults.Created($"/api/training/practitioners/{practitioner.Id}", PractitionerView.From(practitioner));
    }

    public static async Task<Results<Ok<PractitionerView>, ProblemHttpResult>> Get(
        Guid id, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var practitioner = await db.Practitioners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practitioner is not null && !http.User.MaySeeRegion(practitioner.RegionCode))
        {
            // Another region's record is, for this caller, a record that does not exist.
            await db.RecordAsync(http, "practitioner-read", practitioner.Id.ToString(), "refused");
            practitioner = null;
        }
        return practitioner is null
            ? Problems.NotFound("Practitioner not found", "There is no practitioner with this id.")
            : TypedResults.Ok(PractitionerView.From(practitioner));
    }

    public static async Task<Results<Ok<PagedList<PractitionerView>>, ProblemHttpResult>> List(
        string? region, string? profession, string? page, string? pageSize,
        TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var regionCode = RegionField.Optional(region, "region", errors);
        if (profession is not null && !Professions.IsKnown(profession))
        {
            errors.Add("profession", "Unknown profession.");
        }
        var paging = Paging.Request(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var query = db.Practitioners.AsNoTracking();
        if (!http.User.IsNational())
        {
            // A regional caller sees their own region, whatever the filter asks for.
            var own = http.User.RegionCode();
            query = query.Where(p => p.RegionCode == own);
        }
        if (regionCode is not null)
        {
            query = query.Where(p => p.RegionCode == regionCode);
        }
        if (profession is not null)
        {
            query = query.Where(p => p.Profession == profession);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id)
            .Skip(paging.Offset)
            .Take(paging.Size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Of(items.Select(PractitionerView.From).ToList(), total));
    }

    /// <summary>The language of a person's certificate: bg (the default), en or fr.</summary>
    internal static string ValidateLanguage(string? language, ValidationErrors errors)
    {
        if (language is null)
        {
            return Languages.Bulgarian;
        }
        if (!Languages.All.Contains(language, StringComparer.Ordinal))
        {
            errors.Add("language", "Use bg, en or fr.");
        }
        return language;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Practitioner {PractitionerId} ({Profession}) registered in {RegionCode}")]
    private static partial void LogRegistered(ILogger logger, Guid practitionerId, string profession, string regionCode);
}

/// <summary>What a registration handler needs.</summary>
public sealed record PractitionerServices(
    TrainingDbContext Db, IOutbox Outbox, RegionCatalog Regions, TimeProvider Clock, TrainingMetrics Metrics,
    ILogger<PractitionerServices> Logger);

/// <summary>The body of <c>POST /api/training/practitioners</c>.</summary>
/// <param name="FullName">Full name in Cyrillic or Latin letters, at most 200 characters.</param>
/// <param name="Profession">A profession code, e.g. <c>judge</c>, <c>social-worker</c>.</param>
/// <param name="Institution">Name of the practitioner's institution, at most 200 characters.</param>
/// <param name="RegionCode">The judicial region, e.g. <c>BG-05</c>.</param>
/// <param name="Language">The language of their certificate: bg (default), en or fr.</param>
/// <param name="UserId">The practitioner's own account id, if they have one: lets them enrol and see their record.</param>
public sealed record RegisterPractitionerRequest(
    string? FullName, string? Profession, string? Institution, string? RegionCode, string? Language = null, string? UserId = null);

public sealed record PractitionerView(
    Guid Id, string FullName, string Profession, string Institution, string RegionCode, DateTimeOffset RegisteredAt,
    string Language, string? UserId)
{
    public static PractitionerView From(Practitioner p) =>
        new(p.Id, p.FullName, p.Profession, p.Institution, p.RegionCode, p.RegisteredAt, p.Language, p.UserId);
}
