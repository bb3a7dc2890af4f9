namespace Justice.Contracts.Events;

/// <summary>
/// The one service that may publish this event. Its name is also the service's broker user: the broker lets only
/// that user write the event's exchange, and consumers refuse a copy another user sent.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublishedByAttribute(string service) : Attribute
{
    public string Service { get; } = service;
}
