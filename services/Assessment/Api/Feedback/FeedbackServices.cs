using Justice.Assessment.Data;
using Justice.Assessment.Feedback;
using Justice.Audit;
using Justice.Messaging.Outbox;
using Microsoft.Extensions.Options;

namespace Justice.Assessment.Api.Feedback;

/// <summary>What the feedback handlers need.</summary>
public sealed record FeedbackServices(
    AssessmentDbContext Db, SecurityAuditLog Audit, IOutbox Outbox, TimeProvider Clock, IOptions<FeedbackOptions> Options,
    ILogger<FeedbackServices> Logger);
