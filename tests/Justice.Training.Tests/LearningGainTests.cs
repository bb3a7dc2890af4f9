using Justice.Training.Domain.Sessions;

namespace Justice.Training.Tests;

public sealed class LearningGainTests
{
    // Two questions on C1, one on C2, one on C3.
    private static readonly TestQuestion[] Questions =
    [
        new("C1", "q1", ["a", "b", "c"], 0),
        new("C2", "q2", ["a", "b"], 1),
        new("C1", "q3", ["a", "b"], 1),
        new("C3", "q4", ["a", "b"], 0),
    ];

    [Fact]
    public void Scores_are_counted_per_competency()
    {
        var scores = LearningGain.Score(Questions, [0, 0, 0, 0]);

        Assert.Equal(
            [new CompetencyScore("C1", 1, 2), new CompetencyScore("C2", 0, 1), new CompetencyScore("C3", 1, 1)],
            scores);
        Assert.Equal([50m, 0m, 100m], scores.Select(s => s.Percent));
    }

    [Fact]
    public void Gain_is_post_minus_pre_in_percentage_points_per_competency()
    {
        var pre = LearningGain.Score(Questions, [1, 0, 1, 1]);   // C1 1/2, C2 0/1, C3 0/1
        var post = LearningGain.Score(Questions, [0, 1, 1, 0]);  // C1 2/2, C2 1/1, C3 1/1

        var gain = LearningGain.Gain(pre, post);

        Assert.Equal(50m, gain["C1"]);
        Assert.Equal(100m, gain["C2"]);
        Assert.Equal(100m, gain["C3"]);
    }

    [Fact]
    public void Gain_can_be_negative()
    {
        var gain = LearningGain.Gain(LearningGain.Score(Questions, [0, 1, 1, 0]), LearningGain.Score(Questions, [0, 0, 0, 0]));

        Assert.Equal(-50m, gain["C1"]);
        Assert.Equal(-100m, gain["C2"]);
        Assert.Equal(0m, gain["C3"]);
    }

    [Fact]
    public void Percentages_are_rounded_to_one_decimal()
    {
        Assert.Equal(33.3m, new CompetencyScore("C1", 1, 3).Percent);
        Assert.Equal(66.7m, new CompetencyScore("C1", 2, 3).Percent);
    }

    [Fact]
    public void Without_a_pre_test_there_is_no_gain()
    {
        var participant = new Enrolment
        {
            Id = Guid.NewGuid(), SessionId = Guid.NewGuid(), ParticipantId = Guid.NewGuid(),
            Status = EnrolmentStatus.Enrolled, EnrolledAt = DateTimeOffset.UnixEpoch, PostTestAnswers = [0, 1, 1, 0],
        };

        Assert.Empty(LearningGain.Gain(Questions, participant));
    }

    [Fact]
    public void The_session_average_gain_is_over_the_participants_with_both_tests()
    {
        var average = LearningGain.AverageGain(
        [
            new Dictionary<string, decimal> { ["C1"] = 50m, ["C2"] = 100m },
            new Dictionary<string, decimal> { ["C1"] = 0m, ["C2"] = 0m },
            new Dictionary<string, decimal>(),
            new Dictionary<string, decimal> { ["C1"] = 25m, ["C2"] = -50m },
        ]);

        Assert.Equal(25m, average["C1"]);
        Assert.Equal(16.7m, average["C2"]);
    }

    [Fact]
    public void Reaction_averages_are_per_item()
    {
        var averages = ReactionQuestionnaire.Averages([[5, 4, 3, 2, 1], [4, 4, 4, 4, 4]]);

        Assert.Equal(4.5m, averages["relevance"]);
        Assert.Equal(2.5m, averages["overall"]);
    }
}
