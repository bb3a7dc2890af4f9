namespace Justice.Api;

/// <summary>A page of a list: its number (from 1) and size.</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    /// <summary>How many items come before this page; capped, so a huge page number finds an empty page.</summary>
    public int Offset => (int)Math.Min((long)(Number - 1) * Size, int.MaxValue);

    public PagedList<T> Of<T>(IReadOnlyList<T> items, int total) => new(items, Number, Size, total);
}
