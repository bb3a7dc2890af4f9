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
        session.Property(s => s.Id).HasColumnName("id");
        session.Property(s => s.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.RegionCode).HasColumnName("region_code").HasMaxLength(5);
        session.Property(s => s.Title).HasColumnName("title").HasMaxLength(200);
        session.Property(s => s.Venue).HasColumnName("venue").HasMaxLength(200);
        session.Property(s => s.StartsOn).HasColumnName("starts_on");
        session.Property(s => s.EndsOn).HasColumnName("ends_on");
        session.Property(s => s.Capacity).HasColumnName("capacity");
        session.Property(s => s.FrameworkVersion).HasColumnName("framework_version");
        session.Property(s => s.TrainerIds).HasColumnName("trainer_ids");
        session.Property(s => s.Agenda).AsJson("agenda");
        session.Property(s => s.Questions).AsJson("questions");
        session.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.CreatedAt).HasColumnName("created_at");
        session.Property(s => s.CompletedAt).HasColumnName("completed_at");
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
        enrolment.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        enrolment.Property(e => e.SessionId).HasColumnName("session_id");
        enrolment.Property(e => e.ParticipantId).HasColumnName("participant_id");
        enrolment.Property(e => e.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        enrolment.Property(e => e.EnrolledAt).HasColumnName("enrolled_at");
        enrolment.Property(e => e.RegionOverridden).HasColumnName("region_overridden");
        enrolment.Property(e => e.DaysAttended).HasColumnName("days_attended");
        enrolment.Property(e => e.PreTestAnswers).HasColumnName("pre_test_answers");
        enrolment.Property(e => e.PostTestAnswers).HasColumnName("post_test_answers");
        enrolment.Property(e => e.ReactionRatings).HasColumnName("reaction_ratings");
        enrolment.Property(e => e.Completed).HasColumnName("completed");
        // One live place per participant and session, whatever races the requests run.
        enrolment.HasIndex(e => new { e.SessionId, e.ParticipantId }).IsUnique().HasFilter("status <> 'Withdrawn'");
        enrolment.HasIndex(e => e.ParticipantId);
    }

    public void Configure(EntityTypeBuilder<Certificate> certificate)
    {
        certificate.ToTable("certificates");
        certificate.HasKey(c => c.Id);
        certificate.Property(c => c.Id).HasColumnName("id");
        certificate.Property(c => c.Serial).HasColumnName("serial").HasDefaultValueSql($"nextval('{CertificateSerials}')");
        certificate.Property(c => c.VerificationCode).HasColumnName("verification_code").HasMaxLength(20);
        certificate.Property(c => c.SessionId).HasColumnName("session_id");
        certificate.Property(c => c.HolderId).HasColumnName("holder_id");
        certificate.Property(c => c.HolderName).HasColumnName("holder_name").HasMaxLength(200);
        certificate.Property(c => c.TrainingTitle).HasColumnName("training_title").HasMaxLength(200);
        certificate.Property(c => c.RegionCode).HasColumnName("region_code").HasMaxLength(5);
        certificate.Property(c => c.CompletedOn).HasColumnName("completed_on");
        certificate.Property(c => c.Language).HasColumnName("language").HasMaxLength(2);
        certificate.Property(c => c.IssuedAt).HasColumnName("issued_at");
        certificate.Property(c => c.RevokedAt).HasColumnName("revoked_at");
        certificate.Property(c => c.RevocationReason).HasColumnName("revocation_reason").HasMaxLength(500);
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
        supervision.Property(s => s.Id).HasColumnName("id");
        supervision.Property(s => s.RegionCode).HasColumnName("region_code").HasMaxLength(5);
        supervision.Property(s => s.HeldOn).HasColumnName("held_on");
        supervision.Property(s => s.Supervisor).HasColumnName("supervisor").HasMaxLength(200);
        supervision.Property(s => s.TrainingSessionId).HasColumnName("training_session_id");
        supervision.Property(s => s.PractitionerIds).HasColumnName("practitioner_ids");
        supervision.Property(s => s.CasesDiscussed).HasColumnName("cases_discussed");
        supervision.Property(s => s.Competencies).HasColumnName("competencies");
        supervision.Property(s => s.RecordedBy).HasColumnName("recorded_by").HasMaxLength(100);
        supervision.Property(s => s.RecordedAt).HasColumnName("recorded_at");
        supervision.HasIndex(s => new { s.RegionCode, s.HeldOn });
        supervision.HasOne<TrainingSession>().WithMany().HasForeignKey(s => s.TrainingSessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
