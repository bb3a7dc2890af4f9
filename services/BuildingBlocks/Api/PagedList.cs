namespace Justice.Api;

/// <summary>One page of a list, with the total across all pages.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
