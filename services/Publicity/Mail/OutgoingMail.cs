namespace Justice.Publicity.Mail;

/// <summary>
/// A mail written in the same transaction as what it announces, waiting to be sent. Deleted once the relay took it:
/// its body may hold a confirmation code or a cancellation link, which must not outlive their purpose.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>The last failure's kind (never an address or a body).</summary>
    public string? LastError { get; set; }
}
