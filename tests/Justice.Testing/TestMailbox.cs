using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Justice.Testing;

/// <summary>
/// What the services mailed, read back from the test run's smtp4dev (<see cref="TestServers.MailApi"/>). Tests send to
/// addresses of their own, so they find their mail among every other test's.
/// </summary>
public sealed class TestMailbox(Uri api) : IDisposable
{
    private readonly HttpClient _api = new() { BaseAddress = api };

    /// <summary>The test run's smtp4dev, which <c>eng/test.sh</c> started.</summary>
    public TestMailbox()
        : this(TestServers.MailApi)
    {
    }

    /// <summary>A fresh address no other test uses, e.g. <c>maria.3f2a…@participants.test</c>.</summary>
    public static string NewAddress(string name = "participant") => $"{name}.{Guid.NewGuid():N}@participants.test";

    /// <summary>Every mail received for <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> ForAsync(string address)
    {
        var page = await _api.GetFromJsonAsync<MessagePage>($"api/messages?searchTerms={Uri.EscapeDataString(address)}&pageSize=500")
            ?? throw new InvalidOperationException("smtp4dev answered no page.");
        var mails = new List<ReceivedMail>();
        foreach (var summary in page.Results.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).OrderBy(m => m.ReceivedDate))
        {
            var body = await _api.GetStringAsync($"api/messages/{summary.Id}/plaintext");
            mails.Add(new ReceivedMail(summary.Subject, body, summary.ReceivedDate));
        }
        return mails;
    }

    /// <summary>Waits (up to <paramref name="timeout"/>, 15 s by default) until <paramref name="address"/> has received <paramref name="count"/> mails.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var mails = await Eventually.Within(timeout ?? TimeSpan.FromSeconds(15), () => ForAsync(address), found => found.Count >= count);
        return mails.Count >= count
            ? mails
            : throw new TimeoutException($"{address} received {mails.Count} mail(s), not {count}.");
    }

    public void Dispose() => _api.Dispose();

    private sealed record MessagePage([property: JsonPropertyName("results")] IReadOnlyList<MessageSummary> Results);

    private sealed record MessageSummary(
        [property: JsonPropertyName("id")] Guid Id,
        [property: JsonPropertyName("to")] IReadOnlyList<string> To,
        [property: JsonPropertyName("subject")] string Subject,
        [property: JsonPropertyName("receivedDate")] DateTimeOffset ReceivedDate);
}

/// <summary>A mail as smtp4dev received it: its subject and its text.</summary>
public sealed record ReceivedMail(string Subject, string Body, DateTimeOffset ReceivedAt);
