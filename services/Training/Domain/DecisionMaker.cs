
namespace Justice.Training.Domain;

/// <summary>A representative of a ministry or national body, trained in the programme's national sessions.</summary>
public sealed class DecisionMaker
{
    public required Guid Id { get; init; }
    /// <summary>Personal data: shown to authorised readers only, never in events, logs or URLs.</summary>
    public required string FullName { get; init; }
    /// <summary>Code of the body (decision-maker-bodies.csv), e.g. <c>MJ</c>.</summary>
    public required string Body { get; init; }
    public required string Position { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    /// <summary>The language of their certificate: bg, en or fr.</summary>
    public string Language { get; init; } = "bg";

    public const int MaxPositionLength = 200;
}
