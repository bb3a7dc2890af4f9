using Justice.Assessment.Domain;
using Justice.Assessment.Reference;

namespace Justice.Assessment.Tests.Rules;

/// <summary>The codes the rules know are exactly those of the embedded CSVs, so the two cannot drift apart.</summary>
public sealed class ReferenceCatalogTests
{
    [Fact]
    public void Crime_categories_and_their_22_3_marks_and_names_equal_the_csv() =>
        Assert.Equal(
            ReferenceCatalog.CrimeCategories.Select(e => (e.Code, e.Article == "22(3)", e.Name)),
            CrimeCategories.All.Select(c => (c.Code, c.NeedsParticularAttention, c.Name)));

    [Fact]
    public void Risks_and_their_names_equal_the_csv() =>
        Assert.Equal(ReferenceCatalog.Risks.Select(e => (e.Code, e.Name)), Risks.All.Select(r => (r.Code, r.Name)));

    [Fact]
    public void Special_measures_and_their_clauses_equal_the_csv()
    {
        Assert.Equal(ReferenceCatalog.SpecialMeasures.Select(e => (e.Code, e.Article)), SpecialMeasures.All.Select(m => (m.Code, m.Clause)));
        Assert.All(ReferenceCatalog.SpecialMeasures,
            e => Assert.Equal(e.AppliesTo == "child", SpecialMeasures.Get(e.Code).ForChildrenOnly));
    }

    [Fact]
    public void Support_needs_and_their_articles_equal_the_csv() =>
        Assert.Equal(ReferenceCatalog.SupportNeeds.Select(e => (e.Code, e.Article)), SupportNeeds.All.Select(n => (n.Code, (string?)n.Clause)));

    [Fact]
    public void Every_code_the_rules_cite_has_a_name_in_each_language()
    {
        var codes = CrimeCategories.All.Select(c => c.Code).Concat(Risks.All.Select(r => r.Code))
            .Concat(SpecialMeasures.All.Select(m => m.Code)).Concat(SupportNeeds.All.Select(n => n.Code)).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.All(new[] { "bg", "en", "fr" },
            language => Assert.False(string.IsNullOrWhiteSpace(ReferenceCatalog.NameOf(code, language)))));
        Assert.Equal("Сексуално насилие", ReferenceCatalog.NameOf(CrimeCategories.SexualViolence, "bg"));
        Assert.Equal("Hearing without the public", ReferenceCatalog.NameOf(SpecialMeasures.ClosedHearing, "en"));
        Assert.Equal("Hébergement d'urgence ou sûr", ReferenceCatalog.NameOf(SupportNeeds.Shelter, "fr"));
        Assert.Equal("unknown-code", ReferenceCatalog.NameOf("unknown-code", "en"));
    }

    [Fact]
    public void Names_in_a_csv_with_quoted_commas_are_read_whole() =>
        Assert.Equal("Насилие, основано на пола", ReferenceCatalog.NameOf(CrimeCategories.GenderBasedViolence, "bg"));
}
