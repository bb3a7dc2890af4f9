namespace Justice.Messaging.Outbox;

/// <summary>
/// An integration event waiting to leave the service. Written in the same transaction as the change
/// that caused it; its <see cref="Id"/> becomes the message id, so a re-publish is recognisably the same message.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>
    /// How <see cref="LastError"/> begins for a row the broker returned because no queue is bound for its event yet:
    /// it waits for a consumer to be deployed, not for this service.
    /// </summary>
    public const string UnroutablePrefix = "Unroutable:";

    /// <summary>
    /// How <see cref="LastError"/> begins for a dispatched row made pending again to be replayed (see
    /// <see cref="Replay.EventReplayConsumer{TDbContext}"/>): it waits for its turn, not for this service.
    /// </summary>
    public const string ReplayPrefix = "Replay:";

    public required Guid Id { get; init; }
    /// <summary>The event's name in <c>Justice.Contracts.Events</c>, e.g. <c>PractitionerRegistered</c>.</summary>
    public required string Type { get; init; }
    public required string Payload { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>W3C traceparent of the request that wrote the event, so its trace continues through the broker.</summary>
    public string? TraceParent { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }

    public void MarkFailed(DateTimeOffset now, string error, TimeSpan maxBackoff)
    {
        Record(error);
        NextAttemptAt = now + Backoff(Attempts, maxBackoff);
    }

    /// <summary>
    /// The broker did not take the row (away, or too slow to confirm): not the row's doing, so it is due again at once.
    /// The dispatcher paces its rounds while the broker is away, and starts the next one when the broker returns.
    /// </summary>
    public void MarkNotTaken(DateTimeOffset now, string error)
    {
        Record(error);
        NextAttemptAt = now;
    }

    private void Record(string error)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
    }

    /// <summary>Doubles from 250 ms with each failed attempt, up to <paramref name="max"/>.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan max)
    {
        var exponent = Math.Min(attempts - 1, 16);
        var delay = TimeSpan.FromMilliseconds(250 * Math.Pow(2, exponent));
        return delay < max ? delay : max;
    }
}
