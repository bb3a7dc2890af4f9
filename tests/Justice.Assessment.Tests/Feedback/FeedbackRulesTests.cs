using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Justice.Assessment.Feedback;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>The pure parts of feedback: codes, the questionnaire's wording, and the suppression of small groups.</summary>
public sealed class FeedbackRulesTests
{
    [Fact]
    public void Codes_are_ten_characters_without_look_alikes_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => FeedbackCodes.New()).ToList();

        Assert.All(codes, code => Assert.Matches("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$", code));
        Assert.DoesNotContain(codes, code => code.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        // Every letter of the alphabet turns up: the codes use all of it.
        Assert.Equal(FeedbackCodes.Alphabet.Order(), codes.SelectMany(code => code.Replace("-", "", StringComparison.Ordinal)).Distinct().Order());
    }

    [Theory]
    [InlineData("abcde-fghjk", true)]
    [InlineData(" ABCDE FGHJK ", true)]
    [InlineData("ABCDEFGHJK", true)]
    [InlineData("ABCDE-FGHJ", false)]
    [InlineData("ABCDE-FGHJ0", false)]
    [InlineData("ABCDE-FGHJI", false)]
    [InlineData("ÄBCDE-FGHJK", false)]
    public void A_code_is_recognised_however_it_is_typed(string typed, bool wellFormed) =>
        Assert.Equal(wellFormed, FeedbackCodes.IsWellFormed(FeedbackCodes.Normalize(typed)));

    [Fact]
    public void The_hash_ignores_case_spaces_and_hyphens()
    {
        Assert.Equal(FeedbackCodes.Hash("ABCDE-FGHJK"), FeedbackCodes.Hash("abcde fghjk"));
        Assert.NotEqual(FeedbackCodes.Hash("ABCDE-FGHJK"), FeedbackCodes.Hash("ABCDE-FGHJM"));
    }

    [Fact]
    public void Every_question_has_an_adult_and_a_different_child_wording_in_all_three_languages()
    {
        Assert.InRange(FeedbackQuestionnaire.Questions.Count, 5, 8);
        Assert.Equal(FeedbackQuestionnaire.Questions.Count, FeedbackQuestionnaire.Questions.Select(q => q.Id).Distinct().Count());
        foreach (var question in FeedbackQuestionnaire.Questions)
        {
            foreach (var text in new[] { question.Adult, question.Child })
            {
                Assert.All(new[] { text.Bg, text.En, text.Fr }, wording => Assert.False(string.IsNullOrWhiteSpace(wording)));
                Assert.Matches("[а-яА-Я]", text.Bg);
                Assert.NotEqual(text.En, text.Fr);
            }
            Assert.NotEqual(question.Adult.En, question.Child.En);
        }
        Assert.All(FeedbackQuestionnaire.RatingOptions.Concat(FeedbackQuestionnaire.YesNoOptions),
            option => Assert.All(new[] { option.Adult, option.Child }, label => Assert.DoesNotContain("", new[] { label.Bg, label.En, label.Fr })));
    }

    [Fact]
    public void Four_answers_are_suppressed_and_five_are_counted()
    {
        var four = FeedbackSummaries.Summarize(Answers("BG-05", 4, "5"), "en", withComments: true);
        var five = FeedbackSummaries.Summarize(Answers("BG-05", 5, "3"), "en", withComments: true);

        var hidden = Assert.Single(four);
        Assert.True(hidden.Suppressed);
        Assert.Null(hidden.Answers);
        Assert.Null(hidden.Questions);
        Assert.Null(hidden.Comments);
        var shown = Assert.Single(five);
        Assert.False(shown.Suppressed);
        Assert.Equal(5, shown.Answers);
        var listened = shown.Questions!.Single(q => q.Id == "listened");
        Assert.Equal(3.0m, listened.Mean);
        Assert.Equal(5, listened.Counts["3"]);
        Assert.Equal("I felt listened to.", listened.Text);
        Assert.Equal(5, shown.Comments!.Count);
    }

    [Property]
    public Property No_figure_ever_describes_fewer_than_five_answers() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("BG-01", "BG-02", "BG-03").Zip(Gen.Elements(VictimFacts.Child, VictimFacts.Adult)))
                .Select(groups => groups.ToList()).ToArbitrary(),
            groups =>
            {
                var answers = groups.Select(g => Answer(g.Item1, g.Item2, "4")).ToList();
                var summary = FeedbackSummaries.Summarize(answers, "bg", withComments: true);
                return summary.All(group =>
                {
                    var size = answers.Count(a => a.RegionCode == group.RegionCode && a.AgeGroup == group.AgeGroup);
                    return size < FeedbackSummaries.MinimumGroupSize
                        ? group is { Suppressed: true, Answers: null, Questions: null, Comments: null }
                        : !group.Suppressed && group.Answers == size && group.Questions!.All(q => q.Answered <= size);
                }) && summary.Count == answers.Select(a => (a.RegionCode, a.AgeGroup)).Distinct().Count();
            });

    private static List<FeedbackAnswer> Answers(string region, int count, string listened) =>
        [.. Enumerable.Range(0, count).Select(i => Answer(region, VictimFacts.Adult, listened, $"comment {i}"))];

    private static FeedbackAnswer Answer(string region, string ageGroup, string listened, string? comment = null) => new()
    {
        Id = Guid.NewGuid(),
        RegionCode = region,
        AgeGroup = ageGroup,
        Language = "bg",
        Month = new DateOnly(2026, 11, 1),
        Answers = new Dictionary<string, string> { ["listened"] = listened },
        Comment = comment,
    };
}
