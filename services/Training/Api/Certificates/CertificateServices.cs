using Justice.Audit;
using Justice.Messaging.Outbox;
using Justice.Training.Data;

namespace Justice.Training.Api.Certificates;

/// <summary>What the certificate handlers need.</summary>
public sealed record CertificateServices(
    TrainingDbContext Db, CertificateLinks Links, SecurityAuditLog Audit, IOutbox Outbox, TimeProvider Clock);
