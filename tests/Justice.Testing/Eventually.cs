namespace Justice.Testing;

/// <summary>Waits for something that happens asynchronously (an event consumed, a row dispatched).</summary>
public static class Eventually
{
    public static async Task<T> Within<T>(TimeSpan timeout, Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow >= deadline)
            {
                return value;
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Whether <paramref name="condition"/> held before <paramref name="timeout"/> ran out.</summary>
    public static async Task<bool> Holds(TimeSpan timeout, Func<Task<bool>> condition) =>
        await Within(timeout, condition, done => done);
}
