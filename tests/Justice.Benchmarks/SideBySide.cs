namespace Justice.Benchmarks;

/// <summary>
/// Two calls measured in alternating slices of the same run (A, B, A, B…), so that a machine busier in one minute than
/// in the next moves both figures alike and their ratio holds.
/// </summary>
public static class SideBySide
{
    public const int Concurrency = 32;
    private const int Rounds = 2;
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    /// <summary>The most each completes per second with <see cref="Concurrency"/> calls in flight.</summary>
    public static async Task<(LoadResult A, LoadResult B)> ClosedAsync(Call a, Call b)
    {
        await Load.ClosedAsync(a, Concurrency, WarmUp, new Recording());
        await Load.ClosedAsync(b, Concurrency, WarmUp, new Recording());
        var (recordingA, recordingB) = (new Recording(), new Recording());
        for (var round = 0; round < Rounds; round++)
        {
            await Load.ClosedAsync(a, Concurrency, Slice, recordingA);
            await Load.ClosedAsync(b, Concurrency, Slice, recordingB);
        }
        return (recordingA.Result(null), recordingB.Result(null));
    }

    /// <summary>The latencies of each at the same fixed arrival rate (open model).</summary>
    public static async Task<(LoadResult A, LoadResult B)> OpenAsync(Call a, Call b, double rate)
    {
        var (recordingA, recordingB) = (new Recording(), new Recording());
        for (var round = 0; round < Rounds; round++)
        {
            await Load.OpenAsync(a, rate, Slice, recordingA);
            await Load.OpenAsync(b, rate, Slice, recordingB);
        }
        return (recordingA.Result(rate), recordingB.Result(rate));
    }
}
