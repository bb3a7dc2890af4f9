namespace Justice.Contracts.Events;

/// <summary>
/// An integration event: immutable, past tense, carrying ids, codes and times only —
/// never a name, birth date, address or free text about a person.
/// </summary>
public interface IIntegrationEvent
{
    DateTimeOffset OccurredAt { get; }
}
