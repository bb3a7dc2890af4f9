using Justice.Audit;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain.Competencies;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>
/// Learning measured (Kirkpatrick levels 1–3): the pre- and post-test mapped to competencies, the reaction
/// questionnaire, and the learning gain per participant and per competency.
/// </summary>
public static class LearningApi
{
    public const int MaxQuestions = 100;

    public static RouteGroupBuilder MapLearningApi(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/training/sessions/{id:guid}").WithTags("Tests and learning gain")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer, Roles.Practitioner));

        session.MapPut("/test", SetQuestions)
            .WithName("SetTrainingTest")
            .WithSummary("Sets the questions of the pre- and post-test, each mapped to a competency (trainers and organisers).")
            .Accepts<SetQuestionsRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        session.MapGet("/test", GetQuestions)
            .WithName("GetTrainingTest")
            .WithSummary("The test's questions; the correct answers only for trainers and organisers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        session.MapPut("/tests/{phase}/{participantId:guid}", RecordAnswers)
            .WithName("RecordTestAnswers")
            .WithSummary("A participant's answers to the pre-test or the post-test (phase pre or post).")
            .WithDescription("Practitioners answer for themselves; trainers and organisers record answers given on paper.")
            .Accepts<AnswersRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        session.MapPut("/reactions/{participantId:guid}", RecordReaction)
            .WithName("RecordReactionQuestionnaire")
            .WithSummary("A participant's reaction questionnaire: five items rated 1 to 5.")
            .Accepts<ReactionRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        session.MapGet("/results", Results)
            .WithName("GetTrainingResults")
            .WithSummary("Scores and learning gain per participant and per competency, reactions and completion.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return session;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SetQuestions(
        Guid id, HttpRequest request, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SetQuestionsRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var (session, problem) = await SessionAccess.FindToRunAsync(db, id, request.HttpContext, tracking: true,
            "The test is set by the session's trainers and organisers.", cancellationToken);
        if (session is null)
        {
            return problem!;
        }
        var competencies = await db.Set<FrameworkCompetency>().AsNoTracking()
            .Where(c => c.VersionNumber == session.FrameworkVersion).Select(c => c.Code).ToListAsync(cancellationToken);
        var errors = new ValidationErrors();
        var questions = ValidateQuestions(body.Value!.Questions, competencies.ToHashSet(StringComparer.Ordinal), errors);
        return questions is null ? errors.ToProblem() : await SaveAsync(db, session.SetQuestions(questions), cancellationToken);
    }

    public static async Task<Results<Ok<List<QuestionView>>, ProblemHttpResult>> GetQuestions(
        Guid id, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.FindAsync(db, id, http, tracking: false, cancellationToken);
        if (session is null)
        {
            return SessionsApi.SessionNotFound();
        }
        var withAnswers = http.User.MayRun(session);
        return TypedResults.Ok(session.Questions
            .Select((q, i) => new QuestionView(i + 1, q.Competency, q.Text, q.Options, withAnswers ? q.Correct : null)).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RecordAnswers(
        Guid id, string phase, Guid participantId, HttpRequest request, TrainingDbContext db, CancellationToken cancellationToken)
    {
        TestPhase? testPhase = phase switch { "pre" => TestPhase.Pre, "post" => TestPhase.Post, _ => null };
        if (testPhase is null)
        {
            return Problems.NotFound("Test not found", "A session has a pre-test and a post-test: use pre or post.");
        }
        var body = await JsonBody.ReadAsync<AnswersRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        if (body.Value!.Answers is not { } answers)
        {
            return Problems.Invalid("answers", "Give the chosen option (from 0) for each question.");
        }
        return await ForParticipantAsync(db, request.HttpContext, id, participantId,
            session => session.RecordAnswers(participantId, testPhase.Value, answers), cancellationToken);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RecordReaction(
        Guid id, Guid participantId, HttpRequest request, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ReactionRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        if (body.Value!.Ratings is not { } ratings)
        {
            return Problems.Invalid("ratings", $"Rate each of the {ReactionQuestionnaire.Items.Count} items from 1 to 5.");
        }
        return await ForParticipantAsync(db, request.HttpContext, id, participantId,
            session => session.RecordReaction(participantId, ratings), cancellationToken);
    }

    public static async Task<Results<Ok<ResultsView>, ProblemHttpResult>> Results(
        Guid id, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (session, problem) = await SessionAccess.FindToRunAsync(db, id, http, tracking: false,
            "Results are for the session's trainers and organisers.", cancellationToken);
        if (session is null)
        {
            return problem!;
        }
        var names = await Participants.NamesAsync(db, session, cancellationToken);
        var participants = session.Participants.OrderBy(p => p.EnrolledAt).ThenBy(p => p.Id).Select(p => new ParticipantResult(
            p.ParticipantId,
            names.GetValueOrDefault(p.ParticipantId, ""),
            p.DaysAttended,
            p.PreTestAnswers is { } pre ? LearningGain.Score(session.Questions, pre) : null,
            p.PostTestAnswers is { } post ? LearningGain.Score(session.Questions, post) : null,
            LearningGain.Gain(session.Questions, p),
            p.Completed ?? CompletionRule.IsMet(p, session.Days))).ToList();
        var reactions = session.Participants.Where(p => p.ReactionRatings is not null).Select(p => (IReadOnlyList<int>)p.ReactionRatings!).ToList();
        return TypedResults.Ok(new ResultsView(
            session.Id, session.FrameworkVersion, participants,
            LearningGain.AverageGain(participants.Select(p => p.Gain)),
            reactions.Count,
            ReactionQuestionnaire.Averages(reactions),
            participants.Count(p => p.Completed)));
    }

    /// <summary>Applies a change to one participant's record, as themselves or as the session's trainer or organiser.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> ForParticipantAsync(
        TrainingDbContext db, HttpContext http, Guid id, Guid participantId, Func<TrainingSession, SessionChange> change,
        CancellationToken cancellationToken)
    {
        var session = await SessionAccess.FindAsync(db, id, http, tracking: true, cancellationToken);
        if (session is null)
        {
            return SessionsApi.SessionNotFound();
        }
        var participant = await Participants.ResolveAsync(db, http, session, participantId, Participants.ActingForOthers.Runners,
            http.RequestServices.GetRequiredService<SecurityAuditLog>(), cancellationToken);
        return participant.Problem ?? (Results<NoContent, ProblemHttpResult>)await SaveAsync(db, change(session), cancellationToken);
    }

    /// <summary>Saves a successful change; otherwise answers why it was refused, and nothing is written.</summary>
    internal static async Task<Results<NoContent, ProblemHttpResult>> SaveAsync(
        TrainingDbContext db, SessionChange change, CancellationToken cancellationToken)
    {
        if (change.ParticipantMissing)
        {
            return Problems.NotFound("Participant not found", "This person is not a participant of the session.");
        }
        if (change.RefusedBecause is { } reason)
        {
            return Problems.Conflict(reason);
        }
        if (!change.Succeeded)
        {
            return Problems.Invalid(change.Field!, change.Error!);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static List<TestQuestion>? ValidateQuestions(
        IReadOnlyList<QuestionRequest>? questions, HashSet<string> competencies, ValidationErrors errors)
    {
        if (questions is null || questions.Count == 0 || questions.Count > MaxQuestions)
        {
            errors.Add("questions", $"Give from 1 to {MaxQuestions} questions.");
            return null;
        }
        var valid = new List<TestQuestion>();
        for (var i = 0; i < questions.Count; i++)
        {
            var field = $"questions[{i}]";
            var question = questions[i];
            if (question.Competency is null || !competencies.Contains(question.Competency))
            {
                errors.Add($"{field}.competency", "A competency code of the session's framework version, e.g. C1.");
            }
            var text = errors.RequireText($"{field}.text", question.Text, 1000);
            var options = question.Options ?? [];
            if (options.Count is < 2 or > 10)
            {
                errors.Add($"{field}.options", "Give from 2 to 10 options.");
            }
            var cleaned = options.Select((o, j) => errors.RequireText($"{field}.options[{j}]", o, 500)).ToList();
            if (question.Correct is not { } correct || correct < 0 || correct >= options.Count)
            {
                errors.Add($"{field}.correct", "The index (from 0) of the correct option.");
            }
            if (errors.IsEmpty)
            {
                valid.Add(new TestQuestion(question.Competency!, text!, [.. cleaned.Select(o => o!)], question.Correct!.Value));
            }
        }
        return errors.IsEmpty ? valid : null;
    }
}

public sealed record SetQuestionsRequest(IReadOnlyList<QuestionRequest>? Questions);

/// <param name="Competency">The competency the question measures, e.g. <c>C1</c>.</param>
/// <param name="Correct">Index (from 0) of the correct option.</param>
public sealed record QuestionRequest(string? Competency, string? Text, IReadOnlyList<string>? Options, int? Correct);

public sealed record QuestionView(int Number, string Competency, string Text, IReadOnlyList<string> Options, int? Correct);

/// <param name="Answers">The chosen option (from 0) for each question, in order.</param>
public sealed record AnswersRequest(IReadOnlyList<int>? Answers);

/// <param name="Ratings">1 (poor) to 5 (excellent) for: relevance, trainers, materials, organisation, overall.</param>
public sealed record ReactionRequest(IReadOnlyList<int>? Ratings);

public sealed record ParticipantResult(
    Guid ParticipantId, string Name, IReadOnlyList<int> DaysAttended, IReadOnlyList<CompetencyScore>? PreTest,
    IReadOnlyList<CompetencyScore>? PostTest, IReadOnlyDictionary<string, decimal> Gain, bool Completed);

public sealed record ResultsView(
    Guid SessionId, int FrameworkVersion, IReadOnlyList<ParticipantResult> Participants,
    IReadOnlyDictionary<string, decimal> AverageGainByCompetency, int Reactions,
    IReadOnlyDictionary<string, decimal> AverageReaction, int Completed);
