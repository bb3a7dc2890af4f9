using Microsoft.EntityFrameworkCore;

namespace Justice.Api;

/// <summary>One page of a list, with the total across all pages.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>The same page with each item made into <typeparamref name="TView"/>.</summary>
    public PagedList<TView> Select<TView>(Func<T, TView> view) => new([.. Items.Select(view)], Page, PageSize, Total);
}

public static class PagedQueries
{
    /// <summary>
    /// The page <paramref name="page"/> asks for, read from the database with the total across all pages. The query
    /// must be ordered (ties broken by a key), or pages would overlap.
    /// </summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IOrderedQueryable<T> ordered, PageQuery page,
        CancellationToken cancellationToken)
    {
        var request = page.Request;
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(request.Offset).Take(request.Size).ToListAsync(cancellationToken);
        return request.Of(items, total);
    }
}
