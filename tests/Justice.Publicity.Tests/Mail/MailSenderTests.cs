using Justice.Publicity.Data;
using Justice.Publicity.Mail;
using Justice.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Publicity.Tests.Mail;

/// <summary>Mail written with a request's changes reaches the SMTP server once, and leaves nothing behind.</summary>
public sealed class MailSenderTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task Mail_queued_in_a_transaction_is_sent_once_and_then_deleted()
    {
        var address = TestMailbox.NewAddress();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var mailbox = scope.ServiceProvider.GetRequiredService<Mailbox>();
            mailbox.Queue(address, "Потвърждение", "Кодът ви: ABCD-1234");
            await scope.ServiceProvider.GetRequiredService<PublicityDbContext>().SaveChangesAsync();
            mailbox.Sent();
        }

        var mail = Assert.Single(await host.Mailbox.WaitForAsync(address));
        Assert.Equal("Потвърждение", mail.Subject);
        Assert.Contains("ABCD-1234", mail.Body, StringComparison.Ordinal);
        await using var check = host.Services.CreateAsyncScope();
        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(5), async () =>
            !await check.ServiceProvider.GetRequiredService<PublicityDbContext>().OutgoingMails.AnyAsync(m => m.To == address)));
        Assert.Single(await host.Mailbox.ForAsync(address));
    }

    [Fact]
    public async Task Mail_that_was_never_committed_is_never_sent()
    {
        var address = TestMailbox.NewAddress();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PublicityDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<Mailbox>().Queue(address, "Rolled back", "Never");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        var control = TestMailbox.NewAddress();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var mailbox = scope.ServiceProvider.GetRequiredService<Mailbox>();
            mailbox.Queue(control, "Committed", "Sent");
            await scope.ServiceProvider.GetRequiredService<PublicityDbContext>().SaveChangesAsync();
            mailbox.Sent();
        }

        await host.Mailbox.WaitForAsync(control);
        Assert.Empty(await host.Mailbox.ForAsync(address));
    }
}
