using Justice.Assessment.Domain.Assessments;
using Justice.Assessment.Feedback;
using Justice.Assessment.Victims;
using Justice.Audit;
using Justice.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Data;

public sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options) : DbContext(options)
{
    /// <summary>The versions of victims' assessments.</summary>
    public DbSet<VictimAssessment> Assessments => Set<VictimAssessment>();
    public DbSet<MeasureDecision> MeasureDecisions => Set<MeasureDecision>();
    /// <summary>One-time codes handed to victims for the feedback questionnaire.</summary>
    public DbSet<FeedbackCode> FeedbackCodes => Set<FeedbackCode>();
    /// <summary>Victims' answers, apart from who they are.</summary>
    public DbSet<FeedbackAnswer> FeedbackAnswers => Set<FeedbackAnswer>();
    public DbSet<Victim> Victims => Set<Victim>();
    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssessmentDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddSecurityAudit();
    }
}
