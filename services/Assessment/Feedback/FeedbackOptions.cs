namespace Justice.Assessment.Feedback;

/// <summary>Settings of victims' feedback (configuration section <c>Assessment:Feedback</c>).</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Assessment:Feedback";

    /// <summary>How long a feedback code may be used after it was issued.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromDays(30);
}
