namespace Justice.Contracts.Events;

/// <summary>
/// A consumer that lost events, or never had them (a read model started late or on an empty database), asks every
/// publishing service to send its past events again. Each re-sends them with their original message ids, a few hundred
/// a second behind its live events, so every consumer's inbox skips what it already applied.
/// </summary>
/// <param name="RequestId">The request's id, for operators following it in the logs.</param>
/// <param name="Requester">The service that asked, e.g. <c>monitoring</c>.</param>
[PublishedBy("monitoring")]
public sealed record EventReplayRequested(Guid RequestId, string Requester, DateTimeOffset OccurredAt) : IIntegrationEvent;
