using System.Globalization;

namespace Justice.Assessment.Feedback;

/// <summary>How one question was answered in a group.</summary>
/// <param name="Text">The question's adult wording, in the reader's language.</param>
/// <param name="Answered">How many in the group answered it.</param>
/// <param name="Mean">For a rating, the average from 1 to 5 with one decimal; null for yes/no or when nobody answered.</param>
/// <param name="Counts">How many chose each option, every option listed.</param>
public sealed record QuestionSummary(string Id, string Text, int Answered, decimal? Mean, IReadOnlyDictionary<string, int> Counts);

/// <summary>
/// The answers of one region and age group. A group of fewer than <see cref="FeedbackSummaries.MinimumGroupSize"/>
/// answers is suppressed: it says so and shows no number at all.
/// </summary>
public sealed record FeedbackGroup(
    string RegionCode, string AgeGroup, bool Suppressed, int? Answers, IReadOnlyList<QuestionSummary>? Questions,
    IReadOnlyList<string>? Comments);

/// <summary>Aggregates answers for evaluation, so that no figure describes fewer than five victims.</summary>
public static class FeedbackSummaries
{
    public const int MinimumGroupSize = 5;

    /// <summary>
    /// One group per region and age group that has answers, ordered by region then age group. Comments, when
    /// <paramref name="withComments"/>, come only with groups large enough to show, in random order.
    /// </summary>
    public static IReadOnlyList<FeedbackGroup> Summarize(IEnumerable<FeedbackAnswer> answers, string language, bool withComments) =>
        [.. answers
            .GroupBy(answer => (answer.RegionCode, answer.AgeGroup))
            .OrderBy(group => group.Key.RegionCode, StringComparer.Ordinal).ThenBy(group => group.Key.AgeGroup, StringComparer.Ordinal)
            .Select(group => Summarize(group.Key.RegionCode, group.Key.AgeGroup, [.. group], language, withComments))];

    private static FeedbackGroup Summarize(string region, string ageGroup, IReadOnlyList<FeedbackAnswer> answers, string language,
        bool withComments)
    {
        if (answers.Count < MinimumGroupSize)
        {
            return new FeedbackGroup(region, ageGroup, Suppressed: true, Answers: null, Questions: null, Comments: null);
        }
        var questions = FeedbackQuestionnaire.Questions.Select(question => Summarize(question, answers, language)).ToList();
        string[]? comments = null;
        if (withComments)
        {
            comments = [.. answers.Select(answer => answer.Comment).OfType<string>()];
            // The order rows come in could follow the order victims answered in: shuffled, it tells nothing.
            Random.Shared.Shuffle(comments);
        }
        return new FeedbackGroup(region, ageGroup, Suppressed: false, answers.Count, questions, comments);
    }

    private static QuestionSummary Summarize(FeedbackQuestion question, IReadOnlyList<FeedbackAnswer> answers, string language)
    {
        var values = answers.Select(answer => answer.Answers.GetValueOrDefault(question.Id)).OfType<string>().ToList();
        var counts = question.Options.ToDictionary(option => option.Value, option => values.Count(value => value == option.Value),
            StringComparer.Ordinal);
        decimal? mean = question.Kind == FeedbackQuestionnaire.Rating && values.Count > 0
            ? Math.Round((decimal)values.Average(value => int.Parse(value, CultureInfo.InvariantCulture)), 1)
            : null;
        return new QuestionSummary(question.Id, question.Adult.In(language), values.Count, mean, counts);
    }
}
