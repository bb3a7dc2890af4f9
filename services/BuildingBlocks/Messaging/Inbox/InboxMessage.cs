namespace Justice.Messaging.Inbox;

/// <summary>A message a consumer has already applied: its side effect and this row commit together.</summary>
public sealed class InboxMessage
{
    public required string Consumer { get; init; }
    public required Guid MessageId { get; init; }
    public required DateTimeOffset ProcessedAt { get; init; }
}
