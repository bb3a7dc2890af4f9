namespace Justice.Training.Api.CompetencyFramework;

/// <param name="Status">draft or published.</param>
public sealed record VersionSummary(int Version, string Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);
