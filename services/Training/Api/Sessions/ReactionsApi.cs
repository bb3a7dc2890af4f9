using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Sessions;

/// <summary>A session's reaction questionnaires (Kirkpatrick level 1), one per participant.</summary>
public static class ReactionsApi
{
    /// <summary>Maps <c>/reactions</c> under <paramref name="session"/>, the group of one session's path.</summary>
    public static RouteGroupBuilder MapReactionsApi(this RouteGroupBuilder session)
    {
        var reactions = session.MapGroup("/reactions").WithTags("Tests and learning gain");

        reactions.MapPut("/{participantId:guid}", Record)
            .WithName("RecordReactionQuestionnaire")
            .WithSummary("A participant's reaction questionnaire: five items rated 1 to 5.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return reactions;
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Record(
        Guid id, Guid participantId, ReactionRequest request, Participants participants, HttpContext http,
        CancellationToken cancellationToken) =>
        participants.ChangeAsync(http, id, participantId, session => session.RecordReaction(participantId, request.Ratings), cancellationToken);
}
