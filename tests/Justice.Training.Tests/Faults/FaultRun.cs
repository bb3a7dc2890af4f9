using Justice.Testing;
using Xunit.Abstractions;

namespace Justice.Training.Tests.Faults;

/// <summary>
/// The course every fault case takes: registrations flowing end to end under a steady load, the fault for a while, the
/// event lag watched until it is back under a second, then the load stopped, every acknowledged registration awaited on
/// Network's roster, and the figures counted and reported before the case asserts on them.
/// </summary>
public sealed class FaultRun(TrainingHost host, ITestOutputHelper output, string faultCase) : IAsyncDisposable
{
    /// <summary>The lag a healthy system keeps under: an event reaches Network within a second of the registration.</summary>
    public static readonly TimeSpan HealthyLag = TimeSpan.FromSeconds(1);

    private readonly DeliveryLedger _ledger = new(host);
    private RegistrationLoad? _load;
    private (TimeSpan Start, TimeSpan End) _outage;
    private TimeSpan? _lagRecoveredAfter;

    private RegistrationLoad Load => _load ?? throw new InvalidOperationException("The load has not started.");

    /// <summary>Starts the load and returns once a registration has reached the roster: the system works before the fault.</summary>
    public async Task StartAsync()
    {
        _load = RegistrationLoad.Start(host.CreateClient());
        var flowing = await Eventually.Holds(TimeSpan.FromSeconds(60), async () =>
            (await _ledger.RosterAsync()).Overlaps(Load.Answers.Where(a => a.Acknowledged).Select(a => a.PractitionerId!.Value)));
        Assert.True(flowing, "No registration reached Network's roster before the fault; answers so far: "
            + string.Join(", ", Load.Answers.GroupBy(a => a.Status?.ToString() ?? "none").Select(g => $"{g.Key} × {g.Count()}")));
    }

    /// <summary>
    /// Begins the fault, lets it last <paramref name="duration"/> (the fault itself, not a wait for a result), and ends it.
    /// </summary>
    public async Task FaultAsync(Func<Task> begin, TimeSpan duration, Func<Task> end)
    {
        var start = Load.Now;
        await begin();
        await Task.Delay(duration);
        await end();
        _outage = (start, Load.Now);
    }

    /// <summary>
    /// Crashes a part and lets no one start it again: the fault lasts until <paramref name="answersAgain"/> holds (at
    /// most 90 s), the part brought back by its own supervisor. The outage's length is how long that took.
    /// </summary>
    public Task CrashAsync(Func<Task> crash, Func<Task<bool>> answersAgain) =>
        FaultAsync(crash, TimeSpan.Zero, () => Eventually.Holds(TimeSpan.FromSeconds(90), answersAgain));

    /// <summary>
    /// Waits (at most <paramref name="patience"/>) until the system has recovered — a registration sent after the fault
    /// acknowledged, and the event lag under <see cref="HealthyLag"/> — and returns how long after the fault ended that
    /// was; null if it never was.
    /// </summary>
    public async Task<TimeSpan?> LagRecoveryAsync(TimeSpan patience)
    {
        var recovered = await Eventually.Holds(patience, async () =>
            Load.Answers.Any(answer => answer.Acknowledged && answer.SentAt >= _outage.End)
            && await _ledger.LagAsync(Load) < HealthyLag);
        _lagRecoveredAfter = recovered ? Load.Now - _outage.End : null;
        return _lagRecoveredAfter;
    }

    /// <summary>
    /// Stops the load, waits (at most 120 s: a loaded machine restarts slowly) until every acknowledged registration is on the roster, and counts, writes
    /// and returns the figures.
    /// </summary>
    public async Task<FaultFigures> FinishAsync()
    {
        var answers = await Load.StopAsync();
        await Eventually.Holds(TimeSpan.FromSeconds(120), () => _ledger.AllOnRosterAsync(answers));
        var figures = FaultFigures.Of(faultCase, answers, await _ledger.TallyAsync(answers), _outage, _lagRecoveredAfter);
        FaultReport.Write(output, figures);
        return figures;
    }

    public async ValueTask DisposeAsync()
    {
        if (_load is not null)
        {
            await _load.DisposeAsync();
        }
    }
}
