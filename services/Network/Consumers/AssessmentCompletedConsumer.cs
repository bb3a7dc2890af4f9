using Justice.Contracts.Events;
using Justice.Messaging.Inbox;
using Justice.Messaging.Outbox;
using Justice.Network.Data;
using Justice.Network.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Justice.Network.Consumers;

/// <summary>
/// Opens the victim's cooperation case in their region when Assessment completes an assessment, once per victim:
/// a re-assessment, or the same completion delivered again, updates the case instead. A case opened by hand at the
/// same moment makes the save fail; the retry then finds it.
/// </summary>
public sealed class AssessmentCompletedConsumer(NetworkDbContext db, IOutbox outbox, TimeProvider clock, IOptions<CaseOptions> options,
    NetworkMetrics metrics)
    : InboxConsumer<AssessmentCompleted, NetworkDbContext>(db)
{
    private bool _opened;

    protected override async Task ApplyAsync(AssessmentCompleted message, CancellationToken cancellationToken)
    {
        var @case = await Db.Cases.SingleOrDefaultAsync(c => c.VictimId == message.VictimId, cancellationToken);
        if (@case is null)
        {
            var ageGroup = message.AgeGroup == CaseOpening.Adult ? CaseOpening.Adult : CaseOpening.Child;
            @case = CaseOpening.Open(message.VictimId, message.RegionCode, ageGroup, CooperationCase.FromAssessment,
                clock.GetUtcNow());
            outbox.Add(CaseOpening.Opened(@case));
            Db.Cases.Add(@case);
            _opened = true;
        }
        CaseOpening.TakeAssessment(@case, message, options.Value.AssessmentDeadlineDays);
    }

    protected override void Committed(AssessmentCompleted message)
    {
        if (_opened)
        {
            metrics.CaseOpened(message.RegionCode, CooperationCase.FromAssessment);
        }
    }
}
