using Justice.Api;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Justice.Training.Catalogs;
using Justice.Training.Data;
using Justice.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.DecisionMakers;

/// <summary>Decision makers from the ministries and national bodies: national, so managed by national admins.</summary>
public static partial class DecisionMakersApi
{
    public static RouteGroupBuilder MapDecisionMakersApi(this IEndpointRouteBuilder api)
    {
        var decisionMakers = api.MapGroup("/decision-makers").WithTags("Decision makers")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin));

        decisionMakers.MapPost("/", Register).WithName("RegisterDecisionMaker")
            .WithSummary("Registers a decision maker of a ministry or national body for the national trainings.");
        decisionMakers.MapGet("/{id:guid}", Get).WithName("GetDecisionMaker")
            .WithSummary("One decision maker by id.").ProducesProblem(StatusCodes.Status404NotFound);
        decisionMakers.MapGet("/", List).WithName("ListDecisionMakers")
            .WithSummary("Decision makers, optionally of one body, newest first, a page at a time.").ProducesValidationProblem();
        return decisionMakers;
    }

    public static async Task<Created<DecisionMakerView>> Register(
        RegisterDecisionMakerRequest request, TrainingDbContext db, TimeProvider clock, ILogger<DecisionMaker> logger,
        CancellationToken cancellationToken)
    {
        var decisionMaker = new DecisionMaker
        {
            Id = Guid.CreateVersion7(),
            FullName = PractitionerRules.NormalizeFullName(request.FullName),
            Body = request.Body,
            Position = request.Position.Trim(),
            RegisteredAt = clock.GetUtcNow(),
            Language = request.Language ?? ReaderLanguage.Bulgarian,
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

    public static async Task<Ok<PagedList<DecisionMakerView>>> List(
        [AsParameters] DecisionMakerFilter filter, [AsParameters] PageQuery page, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var query = db.DecisionMakers.AsNoTracking();
        if (filter.Body is { } body)
        {
            query = query.Where(d => d.Body == body);
        }
        var decisionMakers = await query.OrderByDescending(d => d.RegisteredAt).ThenBy(d => d.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(decisionMakers.Select(DecisionMakerView.From));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision maker {DecisionMakerId} of {Body} registered")]
    private static partial void LogRegistered(ILogger logger, Guid decisionMakerId, string body);
}

public sealed record DecisionMakerView(Guid Id, string FullName, string Body, string BodyName, string Position, DateTimeOffset RegisteredAt)
{
    public static DecisionMakerView From(DecisionMaker d)
    {
        var body = DecisionMakerBodies.All.Single(b => b.Code == d.Body);
        return new(d.Id, d.FullName, d.Body, ReaderLanguage.Pick(body.NameBg, body.NameEn, body.NameFr), d.Position, d.RegisteredAt);
    }
}
