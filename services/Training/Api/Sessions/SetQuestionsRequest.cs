using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api.Sessions;

/// <summary>The body of <c>PUT /api/training/sessions/{id}/test</c>: the questions of both tests, in order.</summary>
public sealed record SetQuestionsRequest(IReadOnlyList<QuestionRequest> Questions);

/// <param name="Competency">The competency the question measures, e.g. <c>C1</c>.</param>
/// <param name="Options">From 2 to 10 options.</param>
/// <param name="Correct">Index (from 0) of the correct option.</param>
public sealed record QuestionRequest(string Competency, string Text, IReadOnlyList<string> Options, int Correct);

public sealed class SetQuestionsRequestValidator : RequestValidator<SetQuestionsRequest>
{
    public SetQuestionsRequestValidator()
    {
        RuleFor(r => r.Questions).Must(questions => questions.Count is >= 1 and <= TrainingSession.MaxQuestions)
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Дайте от 1 до {TrainingSession.MaxQuestions} въпроса.", $"Give from 1 to {TrainingSession.MaxQuestions} questions.",
                $"Donnez de 1 à {TrainingSession.MaxQuestions} questions."));
        RuleForEach(r => r.Questions).NotNull().SetValidator(new QuestionRequestValidator());
    }
}

public sealed class QuestionRequestValidator : RequestValidator<QuestionRequest>
{
    public QuestionRequestValidator()
    {
        RuleFor(q => q.Competency).RequiredText(20);
        RuleFor(q => q.Text).RequiredText(1000);
        RuleFor(q => q.Options).Must(options => options.Count is >= 2 and <= 10)
            .WithMessage(_ => ReaderLanguage.Pick("Дайте от 2 до 10 отговора.", "Give from 2 to 10 options.", "Donnez de 2 à 10 options."));
        RuleForEach(q => q.Options).NotNull().RequiredText(500);
        RuleFor(q => q.Correct).Must((q, correct) => correct >= 0 && correct < q.Options.Count)
            .WithMessage(_ => ReaderLanguage.Pick(
                "Индексът (от 0) на верния отговор.", "The index (from 0) of the correct option.", "L'indice (à partir de 0) de la bonne option."));
    }
}
