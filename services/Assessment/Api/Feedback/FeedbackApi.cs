using Justice.Api;
using Justice.Assessment.Feedback;
using Justice.Contracts;
using Justice.Contracts.Events;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Feedback;

/// <summary>
/// The feedback questionnaire, answered anonymously with a one-time code (in the body: a code in a URL would reach
/// logs), and its summaries for evaluation.
/// </summary>
public static partial class FeedbackApi
{
    public static RouteGroupBuilder MapFeedbackApi(this IEndpointRouteBuilder api)
    {
        var feedback = api.MapGroup("/feedback").WithTags("Victims' feedback");

        feedback.MapPost("/questionnaire", Questionnaire).AllowAnonymous()
            .WithName("GetFeedbackQuestionnaire")
            .WithSummary("The questionnaire a valid code opens, in the language asked for, worded for a child when the victim is one.")
            .ProducesValidationProblem();
        feedback.MapPost("/answers", Answer).AllowAnonymous()
            .WithName("AnswerFeedbackQuestionnaire")
            .WithSummary("Records the answers a valid code unlocks; the code is used up. The answers keep no link to the victim.")
            .ProducesValidationProblem();
        feedback.MapFeedbackSummaryApi();
        return feedback;
    }

    public static async Task<Results<Ok<QuestionnaireView>, ProblemHttpResult>> Questionnaire(
        QuestionnaireRequest request, HttpContext http, [AsParameters] FeedbackServices services, CancellationToken cancellationToken)
    {
        var code = await FindUsableAsync(services, request.Code, cancellationToken);
        if (code is null)
        {
            return await RefuseAsync(http, services);
        }
        return TypedResults.Ok(QuestionnaireView.For(code.AgeGroup, LanguageOf(http, request.Lang, code)));
    }

    public static async Task<Results<Ok<AnswersReceived>, ProblemHttpResult>> Answer(
        AnswersRequest request, HttpContext http, [AsParameters] FeedbackServices services, CancellationToken cancellationToken)
    {
        var code = await FindUsableAsync(services, request.Code, cancellationToken);
        if (code is null)
        {
            return await RefuseAsync(http, services);
        }
        var now = services.Clock.GetUtcNow();
        var language = LanguageOf(http, request.Lang, code);
        var month = FeedbackAnswer.MonthOf(now);
        code.UsedAt = now;
        services.Db.FeedbackAnswers.Add(new FeedbackAnswer
        {
            Id = Guid.NewGuid(),
            RegionCode = code.RegionCode,
            AgeGroup = code.AgeGroup,
            Language = language,
            Month = month,
            Answers = new Dictionary<string, string>(request.Answers, StringComparer.Ordinal),
            Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
        });
        services.Outbox.Add(new VictimFeedbackReceived(code.RegionCode, code.AgeGroup, language, month,
            new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same code's answers were recorded since it was read: theirs stand, these are refused.
            return await RefuseAsync(http, services);
        }
        LogReceived(services.Logger, code.RegionCode, code.AgeGroup, language);
        return TypedResults.Ok(new AnswersReceived(code.AgeGroup == VictimFacts.Child
            ? new LocalizedText("Благодарим ти! Отговорите ти ще ни помогнат да помагаме по-добре.",
                "Thank you! Your answers will help us help others better.", "Merci ! Tes réponses nous aideront à mieux aider.").In(language)
            : new LocalizedText("Благодарим Ви за отговорите.", "Thank you for your answers.", "Merci pour vos réponses.").In(language)));
    }

    private static async Task<FeedbackCode?> FindUsableAsync(FeedbackServices services, string typed, CancellationToken cancellationToken)
    {
        if (!FeedbackCodes.IsWellFormed(FeedbackCodes.Normalize(typed)))
        {
            return null;
        }
        var hash = FeedbackCodes.Hash(typed);
        var code = await services.Db.FeedbackCodes.SingleOrDefaultAsync(c => c.CodeHash == hash, cancellationToken);
        return code is not null && code.IsUsable(services.Clock.GetUtcNow()) ? code : null;
    }

    /// <summary>The language asked for in the body, else by <c>Accept-Language</c>, else the victim's preferred one.</summary>
    private static string LanguageOf(HttpContext http, string? asked, FeedbackCode code) =>
        asked ?? (http.Features.Get<IRequestCultureFeature>()?.Provider is not null ? ReaderLanguage.Current : code.Language);

    /// <summary>Unknown, expired and used codes get the same answer: it must not help anyone guess.</summary>
    private static async Task<ProblemHttpResult> RefuseAsync(HttpContext http, FeedbackServices services)
    {
        await services.Audit.RecordAsync(http, "feedback-code", subject: null, "refused");
        return Problems.Invalid("code", ReaderLanguage.Pick(
            "Този код не може да бъде използван: може да е сгрешен, изтекъл или вече използван. Помолете човека, който Ви го е дал, за нов.",
            "This code cannot be used: it may be mistyped, expired or already used. Ask the person who gave it to you for a new one.",
            "Ce code ne peut pas être utilisé : il est peut-être mal saisi, expiré ou déjà utilisé. Demandez-en un nouveau à la personne qui vous l'a remis."));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback received in {RegionCode} ({AgeGroup}, {Language})")]
    private static partial void LogReceived(ILogger logger, string regionCode, string ageGroup, string language);
}
