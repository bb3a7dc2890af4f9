using System.ComponentModel.DataAnnotations;

namespace Justice.Publicity.Mail;

/// <summary>
/// Where mail goes (section <c>Publicity:Mail</c>): locally the AppHost's smtp4dev, in production the ministry's relay.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Publicity:Mail";

    /// <summary><c>smtp://host:port</c> (STARTTLS when the server offers it) or <c>smtps://host:port</c> (TLS from the start).</summary>
    [Required]
    public Uri Server { get; set; } = null!;

    /// <summary>The sender, e.g. <c>Justice befriends the child &lt;no-reply@example.bg&gt;</c>.</summary>
    [Required]
    public string From { get; set; } = "";

    /// <summary>The relay's account, when it wants one (a secret: from configuration, never the repository).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>When the relay demands TLS (production): a server that offers none is not sent to.</summary>
    public bool RequireTls { get; set; }
}
