using Justice.ServiceDefaults.Http;
using Justice.ServiceDefaults.Security;
using Justice.Training.Data;
using Justice.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>Decision makers from the ministries and national bodies: national, so managed by national admins.</summary>
public static partial class DecisionMakersApi
{
    public static RouteGroupBuilder MapDecisionMakersApi(this IEndpointRouteBuilder app)
    {
        var decisionMakers = app.MapGroup("/api/training/decision-makers").WithTags("Decision makers")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin));

        decisionMakers.MapPost("/", Register).WithName("RegisterDecisionMaker")
            .WithSummary("Registers a decision maker of a ministry or national body for the national trainings.")
            .Accepts<RegisterDecisionMakerRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        decisionMakers.MapGet("/{id:guid}", Get).WithName("GetDecisionMaker")
            .WithSummary("One decision maker by id.").ProducesProblem(StatusCodes.Status404NotFound);
        decisionMakers.MapGet("/", List).WithName("ListDecisionMakers")
            .WithSummary("Decision makers, optionally of one body, newest first, a page at a time.").ProducesValidationProblem();
        return decisionMakers;
    }

    public static async Task<Results<Created<DecisionMakerView>, ProblemHttpResult>> Register(
        HttpRequest request, TrainingDbContext db, TimeProvider clock, ILogger<DecisionMaker> logger, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RegisterDecisionMakerRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var errors = new ValidationErrors();
        var registration = DecisionMakerRules.Validate(body.Value!.FullName, body.Value.Body, body.Value.Position, errors);
        var language = PractitionersApi.ValidateLanguage(body.Value.Language, errors);
        if (registration is null || !errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var decisionMaker = new DecisionMaker
        {
            Id = Guid.CreateVersion7(),
            FullName = registration.FullName,
            Body = registration.Body,
            Position = registration.Position,
            RegisteredAt = clock.GetUtcNow(),
            Language = language,
        };
        db.DecisionMakers.Add(decisionMaker);
        await db.SaveChangesAsync(cancellationToken);
        LogRegistered(logger, decisionMaker.Id, decisionMaker.Body);
        return TypedResults.Created($"/api/training/decision-makers/{decisionMaker.Id}", DecisionMakerView.From(decisionMaker));
    }

    public static async Task<Results<Ok<DecisionMakerView>, ProblemHttpResult>> Get(
        Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var decisionMaker = await db.DecisionMakers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return decisionMaker is null
            ? Problems.NotFound("Decision maker not found", "There is no decision maker with this id.")
            : TypedResults.Ok(DecisionMakerView.From(decisionMaker));
    }

    public static async Task<Results<Ok<PagedList<DecisionMakerView>>, ProblemHttpResult>> List(
        string? body, string? page, string? pageSize, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (body is not null && !DecisionMakerBodies.IsKnown(body))
        {
            errors.Add("body", "Unknown body.");
        }
        var paging = Paging.Request(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var query = db.DecisionMakers.AsNoTracking();
        if (body is not null)
        {
            query = query.Where(d => d.Body == body);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.RegisteredAt).ThenBy(d => d.Id)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Of([.. items.Select(DecisionMakerView.From)], total));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision maker {DecisionMakerId} of {Body} registered")]
    private static partial void LogRegistered(ILogger logger, Guid decisionMakerId, string body);
}

/// <summary>The body of <c>POST /api/training/decision-makers</c>.</summary>
public sealed record RegisterDecisionMakerRequest(string? FullName, string? Body, string? Position, string? Language = null);

public sealed record DecisionMakerView(Guid Id, string FullName, string Body, string BodyName, string Position, DateTimeOffset RegisteredAt)
{
    public static DecisionMakerView From(DecisionMaker d)
    {
        var body = DecisionMakerBodies.All.Single(b => b.Code == d.Body);
        return new(d.Id, d.FullName, d.Body, Languages.Pick(body.NameBg, body.NameEn, body.NameFr), d.Position, d.RegisteredAt);
    }
}
