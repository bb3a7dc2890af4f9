using Justice.Testing;
using Xunit.Abstractions;
using static System.FormattableString;

namespace Justice.Training.Tests.Faults;

/// <summary>One fault case's figures, as one line that reads the same in the test's output and in the run's report.</summary>
/// <param name="Outage">How long the fault lasted, from its beginning until its end had returned.</param>
/// <param name="SentInOutage">Registrations sent while the fault lasted.</param>
/// <param name="OtherAnswers">Answers neither 2xx nor 503 problem details: a 500, a bare 503, or none at all.</param>
/// <param name="MaxAnswerDuringOutage">The slowest answer to a registration sent while the fault lasted.</param>
/// <param name="LagRecoveredAfter">How long after the fault ended the event lag was under 1 s again; null if it never was.</param>
public sealed record FaultFigures(
    string Case, TimeSpan Outage, int Sent, int SentInOutage, int Acknowledged, int RefusedUnavailable, int OtherAnswers, Delivery Delivery,
    TimeSpan MaxAnswerDuringOutage, TimeSpan? LagRecoveredAfter)
{
    public static FaultFigures Of(string faultCase, IReadOnlyList<Registration> answers, Delivery delivery,
        (TimeSpan Start, TimeSpan End) outage, TimeSpan? lagRecoveredAfter)
    {
        var inOutage = answers.Where(answer => answer.SentAt >= outage.Start && answer.SentAt <= outage.End).ToList();
        return new(faultCase,
            Outage: outage.End - outage.Start,
            Sent: answers.Count,
            SentInOutage: inOutage.Count,
            Acknowledged: answers.Count(answer => answer.Acknowledged),
            RefusedUnavailable: answers.Count(answer => answer.RefusedUnavailable),
            OtherAnswers: answers.Count(answer => !answer.Acknowledged && !answer.RefusedUnavailable),
            delivery,
            MaxAnswerDuringOutage: inOutage.Select(answer => answer.AnswerTime).DefaultIfEmpty(TimeSpan.Zero).Max(),
            lagRecoveredAfter);
    }

    /// <summary>
    /// What every case must show, whatever the fault: Training kept every registration it acknowledged, and each one
    /// reached Network's roster exactly once.
    /// </summary>
    public void AssertNothingLostOrTwice()
    {
        Assert.Equal(0, Delivery.MissingInTraining);
        Assert.Equal(0, Delivery.Lost);
        Assert.Equal(0, Delivery.Duplicates);
        Assert.Equal(Acknowledged, Delivery.Delivered);
    }

    public override string ToString() => string.Join(' ',
        Case.PadRight(16),
        Invariant($"outage={Outage.TotalSeconds:0.0}s"),
        Invariant($"sent={Sent}"),
        Invariant($"sent-in-outage={SentInOutage}"),
        Invariant($"acknowledged={Acknowledged}"),
        Invariant($"refused-503={RefusedUnavailable}"),
        Invariant($"other={OtherAnswers}"),
        Invariant($"delivered={Delivery.Delivered}"),
        Invariant($"duplicates={Delivery.Duplicates}"),
        Invariant($"lost={Delivery.Lost}"),
        Invariant($"missing-in-training={Delivery.MissingInTraining}"),
        Invariant($"kept-unacknowledged={Delivery.KeptUnacknowledged}"),
        Invariant($"redelivered={Delivery.Redelivered}"),
        Invariant($"max-answer-in-outage={MaxAnswerDuringOutage.TotalSeconds:0.000}s"),
        LagRecoveredAfter is { } lag ? Invariant($"lag-under-1s-after={lag.TotalSeconds:0.0}s") : "lag-under-1s-after=never");
}

/// <summary>
/// Writes a case's figures to the test's output and appends them to <c>faults.txt</c> in the folder that
/// <c>JUSTICE_TEST_REPORTS</c> names (if set), where <c>eng/test.sh</c> prints them after the run.
/// </summary>
public static class FaultReport
{
    private static readonly Lock Appending = new();

    public static void Write(ITestOutputHelper output, FaultFigures figures)
    {
        var line = figures.ToString();
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("JUSTICE_TEST_REPORTS") is not { Length: > 0 } folder)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        lock (Appending)
        {
            File.AppendAllText(Path.Combine(folder, "faults.txt"), line + Environment.NewLine);
        }
    }
}
