using Justice.Audit;
using Justice.Messaging.Outbox;
using Justice.Training.Accounts;
using Justice.Training.Data;

namespace Justice.Training.Api.Sessions;

/// <summary>What the handlers that plan, move and fill a session need.</summary>
public sealed record SessionServices(
    TrainingDbContext Db, SessionFinder Sessions, Participants Participants, SecurityAuditLog Audit, IOutbox Outbox,
    AccountDirectory Accounts, TimeProvider Clock, TrainingMetrics Metrics, ILogger<SessionServices> Logger);
