using Justice.Network.Domain.Councils;
using Justice.Network.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Data;

public sealed partial class NetworkDbContext
{
    public DbSet<SupportCouncil> Councils => Set<SupportCouncil>();
    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
    public DbSet<WorkingMeeting> Meetings => Set<WorkingMeeting>();
    public DbSet<MeetingMinutesFile> MeetingMinutes => Set<MeetingMinutesFile>();
}
