using Justice.Testing;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>The feedback operations explain themselves in the OpenAPI document, and no code travels in a path.</summary>
public sealed class FeedbackOpenApiTests(FeedbackHost host) : IClassFixture<FeedbackHost>
{
    [Fact]
    public async Task Feedback_operations_say_who_may_call_them_and_take_no_code_in_their_path()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateAnonymousClient());

        var feedback = document.Operations.Where(operation => operation.Key.Contains("feedback", StringComparison.Ordinal)).ToDictionary();
        Assert.Equal(
            ["get /api/assessment/feedback/summary", "post /api/assessment/feedback/answers", "post /api/assessment/feedback/questionnaire",
                "post /api/assessment/victims/{victimId}/feedback-codes"],
            feedback.Keys.Order(StringComparer.Ordinal));
        Assert.All(feedback.Values, operation => Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString())));
        Assert.StartsWith("Public", feedback["post /api/assessment/feedback/answers"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Public", feedback["post /api/assessment/feedback/questionnaire"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Who may call: national-admin, regional-coordinator, practitioner.",
            feedback["post /api/assessment/victims/{victimId}/feedback-codes"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Who may call: national-admin, evaluator, regional-coordinator.",
            feedback["get /api/assessment/feedback/summary"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(document.Operations.Keys, key => key.Contains("{code}", StringComparison.OrdinalIgnoreCase));
    }
}
