using Justice.Publicity.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Justice.Publicity.Mail;

/// <summary>
/// Sends the mail waiting in <c>outgoing_mails</c> through the configured relay, oldest first, a batch at a time
/// (<c>FOR UPDATE SKIP LOCKED</c>, so several instances never send one mail twice), deleting each once the relay took it.
/// A failure waits longer each time (up to five minutes) and is tried again: mail is never dropped. Logs name mails by
/// id only: never an address or a body.
/// </summary>
public sealed partial class MailSender(IServiceScopeFactory scopes, MailSignal signal, IOptions<MailOptions> options, TimeProvider clock,
    ILogger<MailSender> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private static readonly TimeSpan Look = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await SendBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, ex.GetType().Name);
            }
            if (sent < BatchSize)
            {
                await signal.WaitAsync(Look, stoppingToken);
            }
        }
    }

    /// <summary>Sends one batch; how many were due.</summary>
    public async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.OutgoingMails
            .FromSql($"SELECT * FROM outgoing_mails WHERE next_attempt_at <= {now} ORDER BY created_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        using var client = new SmtpClient();
        var connected = false;
        foreach (var mail in due)
        {
            try
            {
                if (!connected)
                {
                    await ConnectAsync(client, cancellationToken);
                    connected = true;
                }
                await client.SendAsync(Message(mail), cancellationToken);
                db.OutgoingMails.Remove(mail);
                LogSent(logger, mail.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                mail.Attempts++;
                mail.LastError = ex.GetType().Name;
                var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, mail.Attempts), LongestWait.TotalSeconds));
                mail.NextAttemptAt = now + wait;
                LogNotSent(logger, mail.Id, mail.Attempts, mail.LastError, wait.TotalSeconds);
                connected = connected && client.IsConnected;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        return due.Count;
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var security = settings.Server.Scheme switch
        {
            "smtps" => SecureSocketOptions.SslOnConnect,
            _ when settings.RequireTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(settings.Server.Host, settings.Server.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }
    }

    private MimeMessage Message(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = $"{mail.Id:N}@publicity";
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MailId} sent.")]
    private static partial void LogSent(ILogger logger, Guid mailId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} not sent (attempt {Attempts}, {Error}); trying again in {WaitSeconds} s.")]
    private static partial void LogNotSent(ILogger logger, Guid mailId, int attempts, string error, double waitSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mail failed ({Error}); trying again shortly.")]
    private static partial void LogBatchFailed(ILogger logger, string error);
}
