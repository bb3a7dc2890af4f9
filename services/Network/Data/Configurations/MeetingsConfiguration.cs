using Justice.Network.Domain.Councils;
using Justice.Network.Domain.Meetings;
using Justice.Network.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Justice.Network.Data.Configurations;

internal sealed class WorkingMeetingConfiguration : IEntityTypeConfiguration<WorkingMeeting>
{
    public void Configure(EntityTypeBuilder<WorkingMeeting> meeting)
    {
        meeting.ToTable("working_meetings", t =>
        {
            // A team's or a council's, never both.
            t.HasCheckConstraint("ck_working_meetings_owner", "(team_id IS NULL) <> (council_id IS NULL)");
            t.HasCheckConstraint("ck_working_meetings_minutes",
                "(minutes_sha256 IS NULL AND minutes_file_name IS NULL AND minutes_content_type IS NULL AND minutes_size IS NULL"
                + " AND minutes_uploaded_at IS NULL AND minutes_uploaded_by IS NULL)"
                + " OR (minutes_sha256 IS NOT NULL AND minutes_file_name IS NOT NULL AND minutes_content_type IS NOT NULL"
                + " AND minutes_size IS NOT NULL AND minutes_uploaded_at IS NOT NULL AND minutes_uploaded_by IS NOT NULL)");
        });
        meeting.HasKey(m => m.Id);
        meeting.Property(m => m.Id).ValueGeneratedNever();
        meeting.Property(m => m.RegionCode).HasMaxLength(5);
        meeting.Property(m => m.CreatedBy).HasMaxLength(100);
        meeting.Property(m => m.MinutesFileName).HasMaxLength(WorkingMeeting.MaxFileNameLength);
        meeting.Property(m => m.MinutesContentType).HasMaxLength(100);
        meeting.Property(m => m.MinutesSha256).HasMaxLength(64).IsFixedLength();
        meeting.Property(m => m.MinutesUploadedBy).HasMaxLength(100);
        meeting.Property(m => m.Version).IsRowVersion();
        meeting.Ignore(m => m.HasMinutes);
        meeting.HasOne<TerritorialTeam>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasOne<SupportCouncil>().WithMany().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasIndex(m => new { m.TeamId, m.HeldOn });
        meeting.HasIndex(m => new { m.CouncilId, m.HeldOn });
    }
}

internal sealed class MeetingMinutesFileConfiguration : IEntityTypeConfiguration<MeetingMinutesFile>
{
    public void Configure(EntityTypeBuilder<MeetingMinutesFile> file)
    {
        file.ToTable("meeting_minutes_files");
        file.HasKey(f => f.MeetingId);
        file.HasOne<WorkingMeeting>().WithOne().HasForeignKey<MeetingMinutesFile>(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
