namespace Justice.Publicity.Domain.Publications;

/// <summary>A publication in one language: its title, an optional summary, and its body in Markdown.</summary>
public sealed record PublicationText(string Title, string? Summary, string Body)
{
    public const int MaxTitleLength = 300;
    public const int MaxSummaryLength = 1000;
    public const int MaxBodyLength = 30_000;
}
