using Justice.Training.Domain;
using Justice.Training.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Training.Data.Configurations;

internal sealed class TrainingSessionConfiguration :
    IEntityTypeConfiguration<TrainingSession>,
    IEntityTypeConfiguration<Enrolment>,
    IEntityTypeConfiguration<Certificate>,
    IEntityTypeConfiguration<SupervisionSession>
{
    public const string CertificateSerials = "certificate_serials";

    public void Configure(EntityTypeBuilder<TrainingSession> session)
    {
        session.ToTable("training_sessions", t =>
        {
            t.HasCheckConstraint("ck_training_sessions_dates", "ends_on >= starts_on");
            t.HasCheckConstraint("ck_training_sessions_capacity", $"capacity BETWEEN 1 AND {TrainingSession.MaxCapacity}");
        });
        session.HasKey(s => s.Id);
        session.Property(s => s.Id);
        session.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.RegionCode).HasMaxLength(5);
        session.Property(s => s.Title).HasMaxLength(200);
        session.Property(s => s.Venue).HasMaxLength(200);
        session.Property(s => s.StartsOn);
        session.Property(s => s.EndsOn);
        session.Property(s => s.Capacity);
        session.Property(s => s.FrameworkVersion);
        session.Property(s => s.TrainerIds);
        session.Property(s => s.Agenda).AsJson();
        session.Property(s => s.Questions).AsJson();
        session.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.CreatedAt);
        session.Property(s => s.CompletedAt);
        session.Ignore(s => s.Days);
        session.Ignore(s => s.Participants);
        session.HasOne<Domain.Competencies.CompetencyFrameworkVersion>().WithMany().HasForeignKey(s => s.FrameworkVersion)
            .OnDelete(DeleteBehavior.Restrict);
        session.HasMany(s => s.Enrolments).WithOne().HasForeignKey(e => e.SessionId);
        session.HasIndex(s => new { s.RegionCode, s.StartsOn });
    }

    public void Configure(EntityTypeBuilder<Enrolment> enrolment)
    {
        enrolment.ToTable("enrolments");
        enrolment.HasKey(e => e.Id);
        // Enrolments are added through their session: a key set by the domain must still mean "new".
        enrolment.Property(e => e.Id).ValueGeneratedNever();
        enrolment.Property(e => e.SessionId);
        enrolment.Property(e => e.ParticipantId);
        enrolment.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        enrolment.Property(e => e.EnrolledAt);
        enrolment.Property(e => e.RegionOverridden);
        enrolment.Property(e => e.DaysAttended);
        enrolment.Property(e => e.PreTestAnswers);
        enrolment.Property(e => e.PostTestAnswers);
        enrolment.Property(e => e.ReactionRatings);
        enrolment.Property(e => e.Completed);
        // One live place per participant and session, whatever races the requests run.
        enrolment.HasIndex(e => new { e.SessionId, e.ParticipantId }).IsUnique().HasFilter("status <> 'Withdrawn'");
        enrolment.HasIndex(e => e.ParticipantId);
    }

    public void Configure(EntityTypeBuilder<Certificate> certificate)
    {
        certificate.ToTable("certificates");
        certificate.HasKey(c => c.Id);
        certificate.Property(c => c.Id);
        certificate.Property(c => c.Serial).HasDefaultValueSql($"nextval('{CertificateSerials}')");
        certificate.Property(c => c.VerificationCode).HasMaxLength(20);
        certificate.Property(c => c.SessionId);
        certificate.Property(c => c.HolderId);
        certificate.Property(c => c.HolderName).HasMaxLength(200);
        certificate.Property(c => c.TrainingTitle).HasMaxLength(200);
        certificate.Property(c => c.RegionCode).HasMaxLength(5);
        certificate.Property(c => c.CompletedOn);
        certificate.Property(c => c.Language).HasMaxLength(2);
        certificate.Property(c => c.IssuedAt);
        // Revocation updates only a row not yet revoked: of two at once, one wins and the other changes nothing.
        certificate.Property(c => c.RevokedAt).IsConcurrencyToken();
        certificate.Property(c => c.RevocationReason).HasMaxLength(500);
        certificate.Ignore(c => c.IsRevoked);
        certificate.HasIndex(c => c.VerificationCode).IsUnique();
        certificate.HasIndex(c => c.Serial).IsUnique();
        certificate.HasIndex(c => new { c.SessionId, c.HolderId }).IsUnique();
        certificate.HasIndex(c => c.HolderId);
        certificate.HasOne<TrainingSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SupervisionSession> supervision)
    {
        supervision.ToTable("supervision_sessions", t =>
            t.HasCheckConstraint("ck_supervision_sessions_cases", "cases_discussed >= 0"));
        supervision.HasKey(s => s.Id);
        supervision.Property(s => s.Id);
        supervision.Property(s => s.RegionCode).HasMaxLength(5);
        supervision.Property(s => s.HeldOn);
        supervision.Property(s => s.Supervisor).HasMaxLength(200);
        supervision.Property(s => s.TrainingSessionId);
        supervision.Property(s => s.PractitionerIds);
        supervision.Property(s => s.CasesDiscussed);
        supervision.Property(s => s.Competencies);
        supervision.Property(s => s.RecordedBy).HasMaxLength(100);
        supervision.Property(s => s.RecordedAt);
        supervision.HasIndex(s => new { s.RegionCode, s.HeldOn });
        supervision.HasOne<TrainingSession>().WithMany().HasForeignKey(s => s.TrainingSessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
