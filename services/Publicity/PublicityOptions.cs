using System.ComponentModel.DataAnnotations;

namespace Justice.Publicity;

/// <summary>Settings of the publicity service (section <c>Publicity</c>).</summary>
public sealed class PublicityOptions
{
    public const string Section = "Publicity";

    /// <summary>The public website's address, which links in mails point to (the gateway's).</summary>
    [Required]
    public Uri PublicAddress { get; set; } = null!;

    /// <summary>How long a confirmation code sent by mail stays valid.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan ConfirmationValidFor { get; set; } = TimeSpan.FromHours(24);
}
