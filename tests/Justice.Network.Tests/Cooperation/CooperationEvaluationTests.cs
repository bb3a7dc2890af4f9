extern alias NetworkService;

using System.Text.Json;
using NetworkService::Justice.Network.Api.Cooperation;
using NetworkService::Justice.Network.Domain.Cooperation;
using static Justice.Network.Tests.Cooperation.Evidence;

namespace Justice.Network.Tests.Cooperation;

/// <summary>The seven criteria together: each alone, the 5-of-7 threshold, the order, and the view the case shows.</summary>
public sealed class CooperationEvaluationTests
{
    public static TheoryData<string> Codes() => [.. CooperationCriteria.All.Select(c => c.Code)];

    [Fact]
    public void Evidence_meeting_every_criterion_is_effective_with_seven_met()
    {
        var evaluation = CooperationCriteria.Evaluate(AllMet(), Later);

        Assert.Equal(7, evaluation.MetCount);
        Assert.True(evaluation.Effective);
        Assert.Equal(CooperationCriteria.All.Select(c => c.Code), evaluation.CriteriaMet);
    }

    [Fact]
    public void Evidence_meeting_no_criterion_has_none_met()
    {
        var evaluation = CooperationCriteria.Evaluate(NoneMet(), Later);

        Assert.Equal(0, evaluation.MetCount);
        Assert.False(evaluation.Effective);
        Assert.Empty(evaluation.CriteriaMet);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Breaking_one_criterion_alone_leaves_the_other_six_met(string code)
    {
        var evaluation = CooperationCriteria.Evaluate(Changes[code].Break(AllMet()), Later);

        Assert.Equal([code], evaluation.Criteria.Where(c => !c.Met).Select(c => c.Code));
        Assert.Equal(6, evaluation.MetCount);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Meeting_one_criterion_alone_counts_one(string code)
    {
        var evaluation = CooperationCriteria.Evaluate(Changes[code].Fix(NoneMet()), Later);

        Assert.Equal([code], evaluation.CriteriaMet);
        Assert.Equal(1, evaluation.MetCount);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    [InlineData(7, false)]
    public void Cooperation_is_effective_with_five_criteria_met_and_not_with_four(int broken, bool effective)
    {
        var evidence = Changes.Values.Take(broken).Aggregate(AllMet(), (e, change) => change.Break(e));

        var evaluation = CooperationCriteria.Evaluate(evidence, Later);

        Assert.Equal(7 - broken, evaluation.MetCount);
        Assert.Equal(effective, evaluation.Effective);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Whichever_criteria_are_met_four_is_not_effective_and_five_is(int met, bool effective)
    {
        var codes = CooperationCriteria.All.Select(c => c.Code).ToList();
        var subsets = Enumerable.Range(0, 1 << codes.Count).Where(mask => int.PopCount(mask) == met)
            .Select(mask => codes.Where((_, i) => (mask & (1 << i)) != 0).ToHashSet()).ToList();
        Assert.Equal(met == 4 ? 35 : 21, subsets.Count);

        foreach (var kept in subsets)
        {
            var evidence = Changes.Where(c => !kept.Contains(c.Key)).Aggregate(AllMet(), (e, change) => change.Value.Break(e));
            var evaluation = CooperationCriteria.Evaluate(evidence, Later);

            Assert.Equal(kept.Order(StringComparer.Ordinal), evaluation.CriteriaMet.Order(StringComparer.Ordinal));
            Assert.Equal(effective, evaluation.Effective);
        }
    }

    [Fact]
    public void A_closed_case_is_judged_as_of_its_closure_and_an_open_one_as_of_now()
    {
        var now = Opened.AddDays(3);

        Assert.Equal(Closed, CooperationCriteria.Evaluate(AllMet(), now).AsOf);
        Assert.Equal(now, CooperationCriteria.Evaluate(AllMet() with { ClosedAt = null }, now).AsOf);
    }

    [Fact]
    public void Every_criterion_has_a_distinct_code_and_a_name_in_three_languages()
    {
        Assert.Equal(7, CooperationCriteria.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(CooperationCriteria.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Name.Bg));
            Assert.False(string.IsNullOrWhiteSpace(c.Name.En));
            Assert.False(string.IsNullOrWhiteSpace(c.Name.Fr));
            Assert.Equal(3, new[] { c.Name.Bg, c.Name.En, c.Name.Fr }.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Theory]
    [InlineData("en", "Every accepted special measure applied")]
    [InlineData("fr", "Chaque mesure spéciale acceptée a été appliquée")]
    [InlineData("bg", "Всяка приета специална мярка е приложена")]
    public void The_view_names_each_criterion_in_the_readers_language(string language, string name)
    {
        var view = CaseEvaluationView.From(CooperationCriteria.Evaluate(AllMet(), Later), language);

        Assert.Equal(name, view.Criteria.Single(c => c.Code == CooperationCriteria.MeasuresApplied).Name);
        Assert.Equal(7, view.MetCount);
        Assert.Equal(5, view.Threshold);
    }

    [Fact]
    public void The_view_serialises_to_the_shape_the_case_view_shows()
    {
        var evidence = Changes[CooperationCriteria.VictimInformed].Break(AllMet());
        var view = CaseEvaluationView.From(CooperationCriteria.Evaluate(evidence, Later), "en");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(view, JsonSerializerOptions.Web));
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("metCount").GetInt32());
        Assert.Equal(5, root.GetProperty("threshold").GetInt32());
        Assert.True(root.GetProperty("effective").GetBoolean());
        Assert.Equal(Closed, root.GetProperty("asOf").GetDateTimeOffset());
        var informed = root.GetProperty("criteria")[5];
        Assert.Equal("victim-informed", informed.GetProperty("code").GetString());
        Assert.False(informed.GetProperty("met").GetBoolean());
        Assert.Equal("not-informed", informed.GetProperty("finding").GetString());
        Assert.Equal(10, informed.GetProperty("evidence").GetProperty("counts").GetProperty("informed").GetInt32());
        Assert.Equal(["support-available"],
            informed.GetProperty("evidence").GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var planning = root.GetProperty("criteria")[1].GetProperty("evidence");
        Assert.Equal(Due, planning.GetProperty("dates").GetProperty("dueBy").GetDateTimeOffset());
    }
}
