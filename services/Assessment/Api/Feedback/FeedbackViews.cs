using Justice.Assessment.Feedback;

namespace Justice.Assessment.Api.Feedback;

/// <summary>A code just issued: shown this once, to be handed to the victim; only its hash is kept.</summary>
public sealed record IssuedFeedbackCode(string Code, DateTimeOffset ExpiresAt);

/// <summary>An answer a question offers, labelled for the reader.</summary>
public sealed record OptionView(string Value, string Label);

/// <summary>A question as the victim reads it.</summary>
/// <param name="Kind"><c>rating</c> (1 to 5) or <c>yes-no</c>.</param>
public sealed record QuestionView(string Id, string Kind, string Text, IReadOnlyList<OptionView> Options);

/// <summary>The questionnaire in one language, worded for a child or for an adult.</summary>
/// <param name="Audience"><c>child</c> or <c>adult</c>: which wording this is.</param>
public sealed record QuestionnaireView(
    string Language, string Audience, string Introduction, IReadOnlyList<QuestionView> Questions, string CommentPrompt,
    int MaxCommentLength)
{
    public static QuestionnaireView For(string ageGroup, string language)
    {
        var child = ageGroup == VictimFacts.Child;
        return new QuestionnaireView(
            language,
            child ? VictimFacts.Child : VictimFacts.Adult,
            (child ? FeedbackQuestionnaire.ChildIntroduction : FeedbackQuestionnaire.AdultIntroduction).In(language),
            [.. FeedbackQuestionnaire.Questions.Select(question => new QuestionView(
                question.Id, question.Kind, question.For(ageGroup).In(language),
                [.. question.Options.Select(option => new OptionView(option.Value, (child ? option.Child : option.Adult).In(language)))]))],
            (child ? FeedbackQuestionnaire.ChildCommentPrompt : FeedbackQuestionnaire.AdultCommentPrompt).In(language),
            FeedbackQuestionnaire.MaxCommentLength);
    }
}

/// <summary>The victim's receipt: thanks, in the language they answered in.</summary>
public sealed record AnswersReceived(string Message);

/// <summary>Victims' feedback in aggregate. Groups under <see cref="MinimumGroupSize"/> answers are suppressed.</summary>
/// <param name="Region">The region summarised; null for every region.</param>
public sealed record FeedbackSummaryView(string? Region, DateOnly? From, DateOnly? To, int MinimumGroupSize, IReadOnlyList<FeedbackGroup> Groups);
