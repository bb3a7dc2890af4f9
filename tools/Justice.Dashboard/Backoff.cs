namespace Justice.Dashboard;

/// <summary>Waits between reconnection attempts: 1 s, doubled after each failure, at most 30 s; back to 1 s once connected.</summary>
public sealed class Backoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public TimeSpan Next { get; private set; } = First;

    /// <summary>The wait before the next attempt; the one after will be twice as long (up to <see cref="Longest"/>).</summary>
    public TimeSpan Failed()
    {
        var wait = Next;
        Next = wait * 2 < Longest ? wait * 2 : Longest;
        return wait;
    }

    public void Connected() => Next = First;
}
