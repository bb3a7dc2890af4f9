using System.ComponentModel.DataAnnotations;
using System.Runtime.Serialization;
using System.Text.Json;
using MassTransit;

namespace Justice.Messaging.Failures;

/// <summary>
/// How every consumer endpoint retries a message its consumer failed on (configuration section
/// <c>Messaging:Retry</c>): a few times, briefly, so a passing fault (a restarting database, a lock) heals by itself;
/// what still fails goes to the endpoint's <c>_error</c> queue (<see cref="ErrorQueue"/>), where an operator moves it
/// back once the fault is fixed (<see cref="FailedMessages"/>).
/// </summary>
public sealed class MessageRetryOptions
{
    public const string Section = "Messaging:Retry";

    /// <summary>Today's policy: three retries, after 200 ms, 1 s and 3 s.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultIntervals =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    /// <summary>
    /// The waits before each retry; unset means <see cref="DefaultIntervals"/>. (Null rather than the defaults as
    /// initial value: the configuration binder appends to an array it finds instead of replacing it.)
    /// </summary>
    public TimeSpan[]? Intervals { get; set; }

    public IReadOnlyList<TimeSpan> EffectiveIntervals => Intervals is { Length: > 0 } ? Intervals : DefaultIntervals;

    /// <summary>
    /// Failures no retry can fix go to the <c>_error</c> queue at once: a body that cannot be read, or a message its
    /// consumer finds invalid (a consumer throws <see cref="ValidationException"/> for a message it can never apply).
    /// </summary>
    public static readonly IReadOnlyList<Type> Unretriable =
        [typeof(SerializationException), typeof(JsonException), typeof(ValidationException)];

    public void Apply(IRetryConfigurator retry)
    {
        retry.Intervals([.. EffectiveIntervals]);
        retry.Ignore([.. Unretriable]);
    }
}
