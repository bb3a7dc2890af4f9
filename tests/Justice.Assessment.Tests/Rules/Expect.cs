using Justice.Contracts;
using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

internal static class Expect
{
    /// <summary>
    /// The facts of <paramref name="traits"/> recommend <paramref name="measure"/> under <paramref name="clause"/> or
    /// not; a recommendation cites its clause and grounds and explains itself in bg, en and fr.
    /// </summary>
    public static void Measure(string traits, string measure, string clause, bool recommended)
    {
        var outcome = Facts.Evaluate(traits);

        Assert.Equal(recommended, outcome.Recommends(measure));
        if (!recommended)
        {
            Assert.DoesNotContain(outcome.Measures, m => m.Code == measure);
            return;
        }
        var recommendation = outcome.Measures.Single(m => m.Code == measure);
        Assert.Equal(clause, recommendation.Clause);
        Assert.NotEmpty(recommendation.Grounds);
        Explains(recommendation.Explanation, clause, recommendation.Grounds);
    }

    /// <summary>Every language names the clause and says each ground in that language.</summary>
    public static void Explains(LocalizedText explanation, string clause, IReadOnlyList<Ground> grounds)
    {
        foreach (var (text, ground) in new (string, Func<Ground, string>)[]
                 {
                     (explanation.Bg, g => g.Text.Bg), (explanation.En, g => g.Text.En), (explanation.Fr, g => g.Text.Fr),
                 })
        {
            Assert.Contains(clause, text, StringComparison.Ordinal);
            Assert.All(grounds, g => Assert.Contains(ground(g), text, StringComparison.Ordinal));
        }
    }
}
