namespace Justice.Assessment.Feedback;

/// <summary>
/// One victim's answers, kept apart from who they are: no victim id, no code, no exact time — only the region, age
/// group, language and month, which the summaries group by.
/// </summary>
public sealed class FeedbackAnswer
{
    /// <summary>Random (not time-ordered), so the id tells nothing about when the answers came.</summary>
    public required Guid Id { get; init; }
    public required string RegionCode { get; init; }
    public required string AgeGroup { get; init; }
    /// <summary>The language the questionnaire was answered in.</summary>
    public required string Language { get; init; }
    /// <summary>The first day of the month the answers came in.</summary>
    public required DateOnly Month { get; init; }
    /// <summary>Question id → answer value (<see cref="FeedbackQuestionnaire"/>); unanswered questions are absent.</summary>
    public required Dictionary<string, string> Answers { get; init; }
    /// <summary>The optional free text: never published, never logged, read only in summaries of large enough groups.</summary>
    public string? Comment { get; init; }

    public static DateOnly MonthOf(DateTimeOffset time) => new(time.UtcDateTime.Year, time.UtcDateTime.Month, 1);
}
