using Justice.Publicity.Data;

namespace Justice.Publicity.Mail;

/// <summary>Writes mail into the request's unit of work; <see cref="MailSender"/> sends it after the commit.</summary>
public sealed class Mailbox(PublicityDbContext db, TimeProvider clock, MailSignal signal)
{
    public void Queue(string to, string subject, string body)
    {
        var now = clock.GetUtcNow();
        db.OutgoingMails.Add(new OutgoingMail
        {
            Id = Guid.CreateVersion7(now),
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    /// <summary>Wakes the sender: call after the transaction that queued mail committed.</summary>
    public void Sent() => signal.Notify();
}
