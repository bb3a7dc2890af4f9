using Justice.ServiceDefaults.Http;
using Justice.Training.Data;
using Justice.Training.Domain.Competencies;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Sessions;

/// <summary>A session's test: the questions of the pre- and post-test, each mapped to a competency.</summary>
public static class TestApi
{
    private static readonly string[] UnknownCompetency = ["A competency code of the session's framework version, e.g. C1."];

    /// <summary>Maps <c>/test</c> under <paramref name="session"/>, the group of one session's path.</summary>
    public static RouteGroupBuilder MapTestApi(this RouteGroupBuilder session)
    {
        var test = session.MapGroup("/test").WithTags("Tests and learning gain");

        test.MapPut("/", SetQuestions)
            .WithName("SetTrainingTest")
            .WithSummary("Sets the questions of the pre- and post-test, each mapped to a competency (trainers and organisers).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        test.MapGet("/", GetQuestions)
            .WithName("GetTrainingTest")
            .WithSummary("The test's questions; the correct answers only for trainers and organisers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return test;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SetQuestions(
        Guid id, SetQuestionsRequest request, SessionFinder sessions, TrainingDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var found = await sessions.FindToRunAsync(id, http, SessionLoad.Change,
            "The test is set by the session's trainers and organisers.", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var session = found.Value;
        var competencies = await db.Set<FrameworkCompetency>().AsNoTracking()
            .Where(c => c.VersionNumber == session.FrameworkVersion).Select(c => c.Code).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var unknown = request.Questions.Select((question, i) => (Field: $"questions[{i}].competency", question.Competency))
            .Where(q => !competencies.Contains(q.Competency))
            .ToDictionary(q => q.Field, _ => UnknownCompetency, StringComparer.Ordinal);
        if (unknown.Count > 0)
        {
            return Problems.Validation(unknown);
        }
        var questions = request.Questions.Select(q => new TestQuestion(q.Competency, q.Text.Trim(), [.. q.Options.Select(o => o.Trim())], q.Correct));
        return await SessionChanges.SaveAsync(db, session.SetQuestions([.. questions]), cancellationToken);
    }

    public static async Task<Results<Ok<List<QuestionView>>, ProblemHttpResult>> GetQuestions(
        Guid id, SessionFinder sessions, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await sessions.FindAsync(id, http, SessionLoad.Read, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var withAnswers = http.User.MayRun(found.Value);
        return TypedResults.Ok(found.Value.Questions
            .Select((q, i) => new QuestionView(i + 1, q.Competency, q.Text, q.Options, withAnswers ? q.Correct : null)).ToList());
    }
}
