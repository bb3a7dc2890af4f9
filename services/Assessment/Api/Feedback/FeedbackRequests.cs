using FluentValidation;
using Justice.Api;
using Justice.Assessment.Feedback;
using Justice.ServiceDefaults.Http;

namespace Justice.Assessment.Api.Feedback;

/// <summary>The body of <c>POST /api/assessment/feedback/questionnaire</c>: the code travels in the body, never in a URL.</summary>
/// <param name="Code">The one-time code the victim was given, e.g. <c>ABCDE-FGHJK</c> (case, spaces and hyphens do not matter).</param>
/// <param name="Lang">bg, en or fr; by default the <c>Accept-Language</c> asked for, else the victim's preferred language.</param>
public sealed record QuestionnaireRequest(string Code, string? Lang = null);

/// <summary>The body of <c>POST /api/assessment/feedback/answers</c>.</summary>
/// <param name="Code">The one-time code: it works for one set of answers only.</param>
/// <param name="Answers">Question id → the value of the option chosen; questions may be left out.</param>
/// <param name="Comment">Optional free text, at most 500 characters. It is never published nor logged.</param>
/// <param name="Lang">The language the questionnaire was read in (as for the questionnaire).</param>
public sealed record AnswersRequest(string Code, Dictionary<string, string> Answers, string? Comment = null, string? Lang = null);

internal static class CodeRules
{
    /// <summary>A code's length with room for spaces and hyphens; its shape is checked with the code itself.</summary>
    public const int MaxTypedLength = 20;
}

public sealed class QuestionnaireRequestValidator : RequestValidator<QuestionnaireRequest>
{
    public QuestionnaireRequestValidator()
    {
        RuleFor(r => r.Code).RequiredText(CodeRules.MaxTypedLength);
        RuleFor(r => r.Lang).Language();
    }
}

public sealed class AnswersRequestValidator : RequestValidator<AnswersRequest>
{
    public AnswersRequestValidator()
    {
        RuleFor(r => r.Code).RequiredText(CodeRules.MaxTypedLength);
        RuleFor(r => r.Lang).Language();
        RuleFor(r => r.Comment).OptionalText(FeedbackQuestionnaire.MaxCommentLength);
        RuleFor(r => r.Answers).Custom((answers, context) =>
        {
            if (answers.Count > FeedbackQuestionnaire.Questions.Count)
            {
                context.AddFailure("answers", ReaderLanguage.Pick(
                    "Има повече отговори, отколкото въпроси.", "There are more answers than questions.", "Il y a plus de réponses que de questions."));
                return;
            }
            foreach (var (id, value) in answers)
            {
                if (FeedbackQuestionnaire.Find(id) is not { } question)
                {
                    context.AddFailure($"answers.{id}", ReaderLanguage.Pick("Няма такъв въпрос.", "There is no such question.", "Cette question n'existe pas."));
                }
                else if (!question.Accepts(value))
                {
                    context.AddFailure($"answers.{id}", ReaderLanguage.Pick("Изберете един от предложените отговори: ", "Choose one of the answers offered: ",
                        "Choisissez l'une des réponses proposées : ") + string.Join(", ", question.Options.Select(option => option.Value)) + ".");
                }
            }
        });
        RuleFor(r => r).Must(r => r.Answers.Count > 0 || !string.IsNullOrWhiteSpace(r.Comment))
            .OverridePropertyName("answers")
            .WithMessage(_ => ReaderLanguage.Pick("Отговорете поне на един въпрос или напишете коментар.",
                "Answer at least one question or write a comment.", "Répondez à au moins une question ou écrivez un commentaire."));
    }
}
