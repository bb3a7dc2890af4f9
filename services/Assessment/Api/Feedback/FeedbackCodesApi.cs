using Justice.Assessment.Feedback;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Feedback;

/// <summary>One-time codes that let a victim answer the feedback questionnaire without signing in.</summary>
public static partial class FeedbackCodesApi
{
    public static RouteGroupBuilder MapFeedbackCodesApi(this IEndpointRouteBuilder api)
    {
        var codes = api.MapGroup("/victims/{victimId:guid}/feedback-codes").WithTags("Victims' feedback");

        codes.MapPost("/", Issue)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner))
            .WithName("IssueFeedbackCode")
            .WithSummary("Issues a one-time code for the victim to answer the feedback questionnaire; earlier unused codes stop working.")
            .WithDescription("The code is shown in this answer only (the service keeps its hash) and expires after 30 days by default.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return codes;
    }

    public static async Task<Results<Created<IssuedFeedbackCode>, ProblemHttpResult>> Issue(
        Guid victimId, HttpContext http, [FromServices] IVictimFacts victims, [AsParameters] FeedbackServices services,
        CancellationToken cancellationToken)
    {
        var victim = await victims.FindAsync(victimId, cancellationToken);
        if (victim is not null && !http.User.MaySeeRegion(victim.RegionCode))
        {
            // Another region's victim is, for this caller, a victim that does not exist.
            await services.Audit.RecordAsync(http, "feedback-code-issue", victimId.ToString(), "refused");
            victim = null;
        }
        if (victim is null)
        {
            return Problems.NotFound(ReaderLanguage.Pick(
                "Няма такава жертва",
                "Victim not found",
                "Victime introuvable"), ReaderLanguage.Pick(
                "Няма жертва с този идентификатор.",
                "There is no victim with this id.",
                "Il n'y a pas de victime avec cet identifiant."));
        }

        var now = services.Clock.GetUtcNow();
        var code = FeedbackCodes.New();
        var issued = new FeedbackCode
        {
            Id = Guid.CreateVersion7(),
            CodeHash = FeedbackCodes.Hash(code),
            VictimId = victimId,
            RegionCode = victim.RegionCode,
            AgeGroup = victim.AgeGroup,
            Language = victim.Language,
            IssuedAt = now,
            ExpiresAt = now + services.Options.Value.CodeLifetime,
            IssuedBy = http.User.Actor(),
        };
        await using (var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken))
        {
            // One usable code per victim at a time: a code handed out earlier and not used stops working.
            await services.Db.FeedbackCodes
                .Where(c => c.VictimId == victimId && c.UsedAt == null && c.ExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiresAt, now), cancellationToken);
            services.Db.FeedbackCodes.Add(issued);
            await services.Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await services.Audit.RecordAsync(http, "feedback-code-issue", victimId.ToString(), "done");
        LogIssued(services.Logger, victimId, victim.RegionCode);
        return TypedResults.Created((string?)null, new IssuedFeedbackCode(code, issued.ExpiresAt));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback code issued for victim {VictimId} in {RegionCode}")]
    private static partial void LogIssued(ILogger logger, Guid victimId, string regionCode);
}
