using Justice.Network.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Data;

public sealed partial class NetworkDbContext
{
    public DbSet<Referral> Referrals => Set<Referral>();
}
