namespace Justice.Training.Domain.Sessions;

/// <summary>A multiple-choice question of the pre- and post-test, mapped to one competency.</summary>
public sealed record TestQuestion(string Competency, string Text, IReadOnlyList<string> Options, int Correct);

/// <summary>Correct answers out of the questions on one competency.</summary>
public sealed record CompetencyScore(string Competency, int Correct, int Questions)
{
    /// <summary>The score in percent, rounded to one decimal.</summary>
    public decimal Percent => Questions == 0 ? 0 : Math.Round(100m * Correct / Questions, 1);
}

/// <summary>Learning measured (Kirkpatrick level 2): test scores per competency and the gain between tests.</summary>
public static class LearningGain
{
    /// <summary>Scores per competency, ordered by competency code.</summary>
    public static IReadOnlyList<CompetencyScore> Score(IReadOnlyList<TestQuestion> questions, IReadOnlyList<int> answers)
    {
        if (answers.Count != questions.Count)
        {
            throw new ArgumentException("One answer per question is needed.", nameof(answers));
        }
        return [.. questions.Select((question, i) => (question.Competency, Right: answers[i] == question.Correct))
            .GroupBy(a => a.Competency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CompetencyScore(g.Key, g.Count(a => a.Right), g.Count()))];
    }

    /// <summary>Post-test minus pre-test percent per competency, in percentage points.</summary>
    public static IReadOnlyDictionary<string, decimal> Gain(IReadOnlyList<CompetencyScore> pre, IReadOnlyList<CompetencyScore> post) =>
        post.Join(pre, p => p.Competency, p => p.Competency, (after, before) => (after.Competency, Gain: after.Percent - before.Percent),
                StringComparer.Ordinal)
            .ToDictionary(g => g.Competency, g => g.Gain, StringComparer.Ordinal);

    /// <summary>A participant's gain per competency; empty without both tests.</summary>
    public static IReadOnlyDictionary<string, decimal> Gain(IReadOnlyList<TestQuestion> questions, Enrolment participant) =>
        participant.PreTestAnswers is { } pre && participant.PostTestAnswers is { } post
            ? Gain(Score(questions, pre), Score(questions, post))
            : new Dictionary<string, decimal>();

    /// <summary>The average gain per competency over the participants who took both tests.</summary>
    public static IReadOnlyDictionary<string, decimal> AverageGain(IEnumerable<IReadOnlyDictionary<string, decimal>> gains) =>
        gains.SelectMany(g => g)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Average(pair => pair.Value), 1), StringComparer.Ordinal);
}

/// <summary>The reaction questionnaire (Kirkpatrick level 1): five items rated 1 (poor) to 5 (excellent).</summary>
public static class ReactionQuestionnaire
{
    public sealed record Item(string Code, string TextBg, string TextEn, string TextFr);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("relevance", "Обучението е полезно за работата ми", "The training is useful for my work", "La formation est utile pour mon travail"),
        new("trainers", "Обучителите бяха подготвени и ясни", "The trainers were prepared and clear", "Les formateurs étaient préparés et clairs"),
        new("materials", "Материалите са полезни", "The materials are useful", "Les supports sont utiles"),
        new("organisation", "Организацията беше добра", "The organisation was good", "L'organisation était bonne"),
        new("overall", "Като цяло съм доволен от обучението", "Overall I am satisfied with the training", "Dans l'ensemble, je suis satisfait de la formation"),
    ];

    public static bool AreValid(IReadOnlyList<int> ratings) =>
        ratings.Count == Items.Count && ratings.All(r => r is >= 1 and <= 5);

    /// <summary>The average rating per item over the questionnaires given.</summary>
    public static IReadOnlyDictionary<string, decimal> Averages(IEnumerable<IReadOnlyList<int>> questionnaires)
    {
        var all = questionnaires.ToList();
        return Items.Select((item, i) => (item.Code, Average: all.Count == 0 ? 0m : Math.Round((decimal)all.Average(r => r[i]), 2)))
            .ToDictionary(a => a.Code, a => a.Average, StringComparer.Ordinal);
    }
}
