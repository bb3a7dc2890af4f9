using System.Diagnostics;
using HdrHistogram;

namespace Justice.Benchmarks;

/// <summary>One call of a scenario: null when the system answered as it should, else what went wrong (e.g. <c>503</c>).</summary>
public delegate Task<string?> Call(CancellationToken cancellationToken);

/// <summary>
/// The two ways a scenario is loaded. <see cref="OpenAsync"/> issues calls at a fixed arrival rate whatever the answers,
/// and measures each from when it was due, so a server that falls behind shows its queueing in the percentiles instead
/// of slowing the caller down (no coordinated omission). <see cref="ClosedAsync"/> keeps a fixed number of calls in
/// flight: how many the system completes per second at its limit.
/// </summary>
public static class Load
{
    /// <summary>How long before a call is due the schedule stops sleeping and spins.</summary>
    private static readonly TimeSpan SpinWindow = TimeSpan.FromMilliseconds(0.5);

    /// <summary>
    /// Call <c>i</c> is due at <c>start + i / rate</c>; at most <paramref name="maxInFlight"/> at once. The schedule runs
    /// on a thread of its own, which starts each call itself: on the thread pool, a timer's continuation waits behind the
    /// calls' own work and issued calls up to 5 ms late at 200/s on an idle machine (p99), lateness charged to the system
    /// under test. A call's synchronous start therefore delays the next (measured, since each counts from its due time).
    /// </summary>
    public static async Task OpenAsync(Call call, double rate, TimeSpan duration, Recording into, int maxInFlight = 2000)
    {
        using var inFlight = new SemaphoreSlim(maxInFlight);
        var calls = new List<Task>();
        var total = (long)(rate * duration.TotalSeconds);
        var scheduled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = 0L;
        var schedule = new Thread(() =>
        {
            try
            {
                // From the thread's own start: its creation would otherwise make the first calls late.
                start = Stopwatch.GetTimestamp();
                for (var i = 0L; i < total; i++)
                {
                    var due = start + (long)(i * Stopwatch.Frequency / rate);
                    Until(due);
                    inFlight.Wait();
                    // Started here, so that no hop to the thread pool comes between the due time and the request.
                    calls.Add(MeasureAsync(call, due, into, inFlight));
                }
                scheduled.SetResult();
            }
            catch (Exception ex)
            {
                scheduled.SetException(ex);
            }
        })
        { IsBackground = true, Name = "Open-model schedule" };
        schedule.Start();
        await scheduled.Task;
        await Task.WhenAll(calls);
        into.AddElapsed(Stopwatch.GetElapsedTime(start));
    }

    /// <summary>Each of <paramref name="concurrency"/> callers calls again as soon as its last call is answered.</summary>
    public static async Task ClosedAsync(Call call, int concurrency, TimeSpan duration, Recording into)
    {
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                await MeasureAsync(call, Stopwatch.GetTimestamp(), into, inFlight: null);
            }
        })));
        into.AddElapsed(Stopwatch.GetElapsedTime(start));
    }

    /// <summary>
    /// Sleeps until <paramref name="due"/>: on Linux on the kernel's high-resolution timer (late by tens of microseconds,
    /// and no core kept busy); elsewhere until shortly before it, then spinning to it, since a sleep alone wakes up to a
    /// millisecond late and the latency, measured from when the call was due, would charge that to the system under test.
    /// </summary>
    private static void Until(long due)
    {
        if (OperatingSystem.IsLinux() && Stopwatch.Frequency == MonotonicClock.NanosecondsPerSecond)
        {
            MonotonicClock.SleepUntil(due);
            return;
        }
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
        if (wait > SpinWindow)
        {
            Thread.Sleep(wait - SpinWindow);
        }
        while (Stopwatch.GetTimestamp() < due)
        {
            Thread.SpinWait(20);
        }
    }

    private static async Task MeasureAsync(Call call, long due, Recording into, SemaphoreSlim? inFlight)
    {
        try
        {
            if (await call(CancellationToken.None) is { } failure)
            {
                into.RecordError(failure);
            }
            else
            {
                into.Record(Stopwatch.GetElapsedTime(due));
            }
        }
        finally
        {
            inFlight?.Release();
        }
    }
}

/// <summary>
/// The latencies (HdrHistogram, microseconds, 3 significant digits) and errors of one scenario, possibly over several
/// slices of time taken in turn with another scenario's, so that both see the same machine.
/// </summary>
public sealed class Recording
{
    private const long HighestMicroseconds = 300_000_000;
    private readonly LongConcurrentHistogram _latencies = new(1, HighestMicroseconds, 3);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private TimeSpan _elapsed;

    public void Record(TimeSpan latency) =>
        _latencies.RecordValue(Math.Clamp((long)latency.TotalMicroseconds, 1, HighestMicroseconds));

    public void RecordError(string failure) => _errors.AddOrUpdate(failure, 1, (_, count) => count + 1);

    public void AddElapsed(TimeSpan elapsed) => _elapsed += elapsed;

    /// <summary>What was measured, with the rate it was offered (<c>null</c> for a closed-loop run).</summary>
    public LoadResult Result(double? offeredPerSecond) => new(
        offeredPerSecond,
        Math.Round(_latencies.TotalCount / _elapsed.TotalSeconds, 1),
        _latencies.TotalCount,
        _errors.Values.Sum(),
        Milliseconds(_latencies.GetValueAtPercentile(50)),
        Milliseconds(_latencies.GetValueAtPercentile(99)),
        Milliseconds(_latencies.GetMaxValue()),
        new SortedDictionary<string, long>(_errors, StringComparer.Ordinal));

    private static double Milliseconds(long microseconds) => Math.Round(microseconds / 1000.0, 2);
}

/// <summary>What one scenario measured: completions per second and latency percentiles in milliseconds.</summary>
public sealed record LoadResult(double? OfferedPerSecond, double AchievedPerSecond, long Completed, long Errors,
    double P50Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<string, long> ErrorsByKind);
