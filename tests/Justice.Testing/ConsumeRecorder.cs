using System.Collections.Concurrent;
using MassTransit;

namespace Justice.Testing;

/// <summary>
/// Observes a host's consumers, so a test can wait until a message was handled a given
/// number of times instead of sleeping.
/// </summary>
public sealed class ConsumeRecorder : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();

    public int Consumed(Guid messageId) => _consumed.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            _consumed.AddOrUpdate(id, 1, (_, n) => n + 1);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public async Task<bool> WaitUntilConsumedAsync(Guid messageId, int times, TimeSpan timeout) =>
        await Eventually.Within(timeout, () => Task.FromResult(Consumed(messageId)), n => n >= times) >= times;
}
