using Justice.Training.Domain.Competencies;

namespace Justice.Training.Tests;

/// <summary>Versioning rules of the competency framework, on their own.</summary>
public sealed class CompetencyFrameworkRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_incomplete_draft_cannot_be_published_and_says_what_is_missing()
    {
        var draft = Draft();
        draft.SetProfile("judge", new Dictionary<string, int> { ["C1"] = 2 });

        var change = draft.Publish(["judge", "lawyer"], Now);

        Assert.False(change.Succeeded);
        Assert.Equal(["judge/C2", "lawyer/C1", "lawyer/C2"], change.Missing);
        Assert.False(draft.IsPublished);
    }

    [Fact]
    public void A_published_version_never_changes()
    {
        var version = Complete();
        Assert.True(version.Publish(["judge"], Now).Succeeded);

        var edit = version.SetProfile("judge", new Dictionary<string, int> { ["C1"] = 3 });
        var again = version.Publish(["judge"], Now.AddDays(1));

        Assert.NotNull(edit.RefusedBecause);
        Assert.NotNull(again.RefusedBecause);
        Assert.Equal(1, version.Requirements.Single(r => r.CompetencyCode == "C1").Level);
        Assert.Equal(Now, version.PublishedAt);
    }

    [Fact]
    public void A_new_draft_copies_the_published_version_and_edits_stay_in_the_draft()
    {
        var published = Complete();
        published.Publish(["judge"], Now);

        var draft = published.NextDraft(Now.AddDays(1));
        draft.SetProfile("judge", new Dictionary<string, int> { ["C1"] = 3 });

        Assert.Equal(2, draft.Number);
        Assert.False(draft.IsPublished);
        Assert.All(draft.Competencies, c => Assert.Equal(2, c.VersionNumber));
        Assert.Equal(3, draft.Requirements.Single(r => r.CompetencyCode == "C1").Level);
        Assert.Equal(1, published.Requirements.Single(r => r.CompetencyCode == "C1").Level);
    }

    [Fact]
    public void Texts_change_in_a_draft_only_and_the_next_draft_carries_them()
    {
        var texts = new CompetencyTexts("Ново", "New", "Nouveau", "Описание", "Description", "Description fr");
        var version = Complete();

        var described = version.Describe("C2", texts);
        var unknown = version.Describe("C9", texts);
        version.Publish(["judge"], Now);
        var afterPublication = version.Describe("C1", texts);
        var draft = version.NextDraft(Now.AddDays(1));
        var inDraft = draft.Describe("C1", texts with { NameEn = "Newer" });

        Assert.True(described!.Succeeded);
        Assert.Null(unknown);
        Assert.NotNull(afterPublication!.RefusedBecause);
        Assert.Equal("I", version.Competencies.Single(c => c.Code == "C1").NameEn);
        Assert.Equal("New", version.Competencies.Single(c => c.Code == "C2").NameEn);
        Assert.True(inDraft!.Succeeded);
        Assert.Equal("Newer", draft.Competencies.Single(c => c.Code == "C1").NameEn);
        Assert.Equal("Описание", draft.Competencies.Single(c => c.Code == "C2").DescriptionBg);
    }

    [Theory]
    [InlineData("C9", 2)]
    [InlineData("C1", 0)]
    [InlineData("C1", 4)]
    public void Levels_must_be_on_the_scale_for_known_competencies(string code, int level)
    {
        var change = Draft().SetProfile("judge", new Dictionary<string, int> { [code] = level });

        Assert.False(change.Succeeded);
        Assert.Null(change.RefusedBecause);
    }

    private static CompetencyFrameworkVersion Draft() => new()
    {
        Number = 1,
        CreatedAt = Now,
        Competencies =
        [
            new() { VersionNumber = 1, Code = "C1", NameBg = "И", NameEn = "I", NameFr = "I", DescriptionBg = "д", DescriptionEn = "d", DescriptionFr = "d" },
            new() { VersionNumber = 1, Code = "C2", NameBg = "О", NameEn = "A", NameFr = "É", DescriptionBg = "д", DescriptionEn = "d", DescriptionFr = "d" },
        ],
    };

    private static CompetencyFrameworkVersion Complete()
    {
        var version = Draft();
        version.SetProfile("judge", new Dictionary<string, int> { ["C1"] = 1, ["C2"] = 2 });
        return version;
    }
}
