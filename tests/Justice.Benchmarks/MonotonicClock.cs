using System.Runtime.InteropServices;

namespace Justice.Benchmarks;

/// <summary>
/// Linux's monotonic clock, which <see cref="System.Diagnostics.Stopwatch"/> reads in nanoseconds: a thread sleeps on
/// it until an absolute time, woken by the kernel's high-resolution timer.
/// </summary>
internal static class MonotonicClock
{
    public const long NanosecondsPerSecond = 1_000_000_000;
    private const int ClockMonotonic = 1;
    private const int TimerAbsoluteTime = 1;
    private const int Interrupted = 4; // EINTR: a signal woke the thread; the sleep goes on

    /// <param name="timestamp">A <see cref="System.Diagnostics.Stopwatch"/> timestamp (nanoseconds of this clock).</param>
    public static void SleepUntil(long timestamp)
    {
        var until = new TimeSpec(timestamp / NanosecondsPerSecond, timestamp % NanosecondsPerSecond);
        int result;
        while ((result = clock_nanosleep(ClockMonotonic, TimerAbsoluteTime, ref until, IntPtr.Zero)) == Interrupted)
        {
        }
        if (result != 0)
        {
            throw new InvalidOperationException($"clock_nanosleep failed with error {result}.");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct TimeSpec(long Seconds, long Nanoseconds);

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_nanosleep(int clock, int flags, ref TimeSpec request, IntPtr remain);
}
