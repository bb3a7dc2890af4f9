using Justice.Contracts.Events;
using Justice.Messaging.Inbox;
using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.Monitoring.ReadModel;

namespace Justice.Monitoring.Messaging;

// One consumer per event the read model counts: each names its projection (EventProjections) and nothing else.
// Small classes that belong together, kept in one file.

/// <summary>What every consumer here needs.</summary>
public sealed record ConsumerParts(MonitoringDbContext Db, ReadModelWriter Writer, LiveReadModel Live, MonitoringMetrics Metrics,
    TimeProvider Time, EventProjections Projections);

/// <summary>
/// Applies one kind of event to the read model, once per message (the inbox), as the occurrences its projection
/// names; after the commit, the live read model reads the counts again and the meter counts the event.
/// </summary>
public abstract class CountingConsumer<TEvent>(ConsumerParts parts) : InboxConsumer<TEvent, MonitoringDbContext>(parts.Db)
    where TEvent : class, IIntegrationEvent
{
    protected EventProjections Projections => parts.Projections;

    /// <summary>What the event counts.</summary>
    protected abstract IReadOnlyList<Occurrence> Project(TEvent message);

    protected override async Task ApplyAsync(TEvent message, CancellationToken cancellationToken) =>
        await parts.Writer.ApplyAsync(Project(message), cancellationToken);

    protected override void Committed(TEvent message)
    {
        parts.Live.Changed();
        parts.Metrics.Applied(typeof(TEvent).Name, parts.Time.GetUtcNow() - message.OccurredAt);
    }
}

public sealed class PractitionerRegisteredConsumer(ConsumerParts parts) : CountingConsumer<PractitionerRegistered>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(PractitionerRegistered message) => Projections.Of(message);
}

public sealed class PractitionerTrainedConsumer(ConsumerParts parts) : CountingConsumer<PractitionerTrained>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(PractitionerTrained message) => Projections.Of(message);
}

public sealed class DecisionMakerTrainedConsumer(ConsumerParts parts) : CountingConsumer<DecisionMakerTrained>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(DecisionMakerTrained message) => Projections.Of(message);
}

public sealed class CertificateRevokedConsumer(ConsumerParts parts) : CountingConsumer<CertificateRevoked>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(CertificateRevoked message) => Projections.Of(message);
}

public sealed class SupervisionDeliveredConsumer(ConsumerParts parts) : CountingConsumer<SupervisionDelivered>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(SupervisionDelivered message) => Projections.Of(message);
}

public sealed class AssessmentCompletedConsumer(ConsumerParts parts) : CountingConsumer<AssessmentCompleted>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(AssessmentCompleted message) => Projections.Of(message);
}

public sealed class MeasureAppliedConsumer(ConsumerParts parts) : CountingConsumer<MeasureApplied>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(MeasureApplied message) => Projections.Of(message);
}

public sealed class TerritorialTeamFormedConsumer(ConsumerParts parts) : CountingConsumer<TerritorialTeamFormed>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(TerritorialTeamFormed message) => Projections.Of(message);
}

public sealed class TerritorialTeamDissolvedConsumer(ConsumerParts parts) : CountingConsumer<TerritorialTeamDissolved>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(TerritorialTeamDissolved message) => Projections.Of(message);
}

public sealed class CooperationCaseOpenedConsumer(ConsumerParts parts) : CountingConsumer<CooperationCaseOpened>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(CooperationCaseOpened message) => Projections.Of(message);
}

public sealed class CooperationCaseClosedConsumer(ConsumerParts parts) : CountingConsumer<CooperationCaseClosed>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(CooperationCaseClosed message) => Projections.Of(message);
}

public sealed class ReferralIssuedConsumer(ConsumerParts parts) : CountingConsumer<ReferralIssued>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(ReferralIssued message) => Projections.Of(message);
}

public sealed class ReferralOverdueConsumer(ConsumerParts parts) : CountingConsumer<ReferralOverdue>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(ReferralOverdue message) => Projections.Of(message);
}

public sealed class CaseConferenceHeldConsumer(ConsumerParts parts) : CountingConsumer<CaseConferenceHeld>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(CaseConferenceHeld message) => Projections.Of(message);
}

public sealed class PublicEventHeldConsumer(ConsumerParts parts) : CountingConsumer<PublicEventHeld>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(PublicEventHeld message) => Projections.Of(message);
}

public sealed class PublicationPublishedConsumer(ConsumerParts parts) : CountingConsumer<PublicationPublished>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(PublicationPublished message) => Projections.Of(message);
}

public sealed class VictimFeedbackReceivedConsumer(ConsumerParts parts) : CountingConsumer<VictimFeedbackReceived>(parts)
{
    protected override IReadOnlyList<Occurrence> Project(VictimFeedbackReceived message) => Projections.Of(message, MessageId);
}
