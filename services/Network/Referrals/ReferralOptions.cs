using System.ComponentModel.DataAnnotations;

namespace Justice.Network.Referrals;

/// <summary>How referrals are watched, from the configuration section <c>Network:Referrals</c>.</summary>
public sealed class ReferralOptions
{
    public const string Section = "Network:Referrals";

    /// <summary>How often the background job looks for referrals past their deadline: every minute unless configured.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many overdue referrals one transaction reports; a check goes on batch after batch until none is left.</summary>
    [Range(1, 10_000)]
    public int OverdueBatchSize { get; set; } = 100;
}
