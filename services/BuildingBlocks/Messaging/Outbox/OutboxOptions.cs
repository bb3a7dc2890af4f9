namespace Justice.Messaging.Outbox;

public sealed class OutboxOptions
{
    /// <summary>How often the dispatcher looks for pending rows when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Rows locked and published per transaction, all of them in flight at once.</summary>
    public int BatchSize { get; set; } = 500;
    /// <summary>How long one publish may wait for the broker's confirm before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// The longest wait between dispatch rounds while the broker does not take events (outage, timeout); the broker's
    /// return ends the wait at once.
    /// </summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// The longest wait before a row the broker returned as unroutable (no consumer's queue bound yet) is tried
    /// again. Long enough that events no service consumes yet cost little; short enough that a consumer deployed
    /// later still gets them soon after it declared its queue.
    /// </summary>
    public TimeSpan UnroutableMaxBackoff { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Past events sent again per second when a consumer asks for a replay: slow enough that live events still leave
    /// at once, fast enough that a read model catches up with a year of events within hours.
    /// </summary>
    public double ReplayRate { get; set; } = 200;

    /// <summary>How long the oldest pending event may wait before the service reports itself Degraded.</summary>
    public TimeSpan BacklogDegradedAfter { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long the oldest pending event may wait before the service reports itself Unhealthy.</summary>
    public TimeSpan BacklogUnhealthyAfter { get; set; } = TimeSpan.FromMinutes(2);
}
