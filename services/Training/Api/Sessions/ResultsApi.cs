using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Sessions;

/// <summary>
/// A session's results (Kirkpatrick levels 1–3): scores and learning gain per participant and per competency,
/// reactions and completion.
/// </summary>
public static class ResultsApi
{
    /// <summary>Maps <c>/results</c> under <paramref name="session"/>, the group of one session's path.</summary>
    public static RouteGroupBuilder MapResultsApi(this RouteGroupBuilder session)
    {
        var results = session.MapGroup("/results").WithTags("Tests and learning gain");

        results.MapGet("/", Get)
            .WithName("GetTrainingResults")
            .WithSummary("Scores and learning gain per participant and per competency, reactions and completion.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return results;
    }

    public static async Task<Results<Ok<ResultsView>, ProblemHttpResult>> Get(
        Guid id, SessionFinder sessions, Participants participants, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await sessions.FindToRunAsync(id, http, SessionLoad.Read,
            "Results are for the session's trainers and organisers.", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var session = found.Value;
        var names = await participants.NamesAsync(session, cancellationToken);
        var results = session.Participants.OrderBy(p => p.EnrolledAt).ThenBy(p => p.Id).Select(p => new ParticipantResult(
            p.ParticipantId,
            names.GetValueOrDefault(p.ParticipantId, ""),
            p.DaysAttended,
            p.PreTestAnswers is { } pre ? LearningGain.Score(session.Questions, pre) : null,
            p.PostTestAnswers is { } post ? LearningGain.Score(session.Questions, post) : null,
            LearningGain.Gain(session.Questions, p),
            p.Completed ?? CompletionRule.IsMet(p, session.Days))).ToList();
        var reactions = session.Participants.Where(p => p.ReactionRatings is not null).Select(p => (IReadOnlyList<int>)p.ReactionRatings!).ToList();
        return TypedResults.Ok(new ResultsView(
            session.Id, session.FrameworkVersion, results,
            LearningGain.AverageGain(results.Select(p => p.Gain)),
            reactions.Count,
            ReactionQuestionnaire.Averages(reactions),
            results.Count(p => p.Completed)));
    }
}
