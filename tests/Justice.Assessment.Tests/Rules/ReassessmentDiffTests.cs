using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>Art. 22(7): what changed between two versions of an assessment.</summary>
public sealed class ReassessmentDiffTests
{
    private static AssessmentVersion Version(int number, AssessmentFacts facts) => new(number, facts, ProtectionRules.Evaluate(facts));

    [Fact]
    public void The_same_facts_make_an_empty_diff()
    {
        var diff = ReassessmentDiff.Between(Version(1, Facts.Of("child category:sexual-violence")), Version(2, Facts.Of("child category:sexual-violence")));

        Assert.True(diff.IsEmpty);
        Assert.Equal((1, 2), (diff.FromVersion, diff.ToVersion));
    }

    [Fact]
    public void A_wish_recorded_later_adds_the_same_sex_interviewer_and_nothing_else_among_measures()
    {
        var diff = ReassessmentDiff.Between(Version(1, Facts.Of("child category:sexual-violence")),
            Version(2, Facts.Of("child category:sexual-violence wish")));

        Assert.Equal([new Change("wishes.sameSexInterviewer", ChangeKind.Changed, "false", "true")], diff.Facts);
        Assert.Equal([new Change(SpecialMeasures.SameSexInterviewer, ChangeKind.Added, null, "Recommended")], diff.Measures);
        Assert.Empty(diff.Risks);
        Assert.Empty(diff.Needs);
    }

    [Fact]
    public void Facts_risks_needs_and_measures_that_changed_are_each_named()
    {
        var before = Facts.Of("adult category:property-crime risk:intimidation=Low");
        var after = Facts.Of("adult category:close-relationship-violence offender:IntimatePartner severe risk:intimidation=High depth:Extended declined:heard-remotely");

        var diff = ReassessmentDiff.Between(Version(3, before), Version(4, after));

        Assert.Equal(
            [
                new Change("severity", ChangeKind.Changed, "Minor", "Severe"),
                new Change("depth", ChangeKind.Changed, "Basic", "Extended"),
                new Change("circumstances.relationship", ChangeKind.Changed, "Stranger", "IntimatePartner"),
                new Change("crimeCategories", ChangeKind.Removed, CrimeCategories.PropertyCrime, null),
                new Change("crimeCategories", ChangeKind.Added, null, CrimeCategories.CloseRelationshipViolence),
                new Change("wishes.declinedMeasures", ChangeKind.Added, null, SpecialMeasures.HeardRemotely),
            ],
            diff.Facts);
        Assert.Equal([new Change(Risks.Intimidation, ChangeKind.Changed, "Low", "High")], diff.Risks);
        Assert.Contains(new Change("specificProtectionNeeds", ChangeKind.Changed, "false", "true"), diff.Needs);
        Assert.Contains(new Change("requiredDepth", ChangeKind.Changed, "Basic", "Extended"), diff.Needs);
        Assert.Contains(new Change("protectionNeeds", ChangeKind.Added, null, "22(3)"), diff.Needs);
        Assert.Contains(new Change(SupportNeeds.EmotionalPsychological, ChangeKind.Added, null, "Recommended"), diff.Needs);
        Assert.Contains(new Change(SupportNeeds.FinancialPractical, ChangeKind.Removed, "Recommended", null), diff.Needs);
        Assert.DoesNotContain(diff.Needs, c => c.Field == SupportNeeds.InformationAdvice);
        Assert.Contains(new Change(SpecialMeasures.HeardRemotely, ChangeKind.Added, null, "Declined"), diff.Measures);
        Assert.Contains(new Change(SpecialMeasures.NoVisualContact, ChangeKind.Added, null, "Recommended"), diff.Measures);
    }

    [Fact]
    public void A_measure_later_declined_is_changed_and_the_reverse_diff_mirrors_it()
    {
        var v1 = Version(1, Facts.Of("child conflict"));
        var v2 = Version(2, Facts.Of("child conflict declined:special-representative"));

        var forward = ReassessmentDiff.Between(v1, v2);
        var backward = ReassessmentDiff.Between(v2, v1);

        Assert.Equal([new Change(SpecialMeasures.SpecialRepresentative, ChangeKind.Changed, "Recommended", "Declined")], forward.Measures);
        Assert.Equal([new Change(SpecialMeasures.SpecialRepresentative, ChangeKind.Changed, "Declined", "Recommended")], backward.Measures);
        Assert.Equal(ChangeKind.Removed, Assert.Single(backward.Facts).Kind);
    }

    [Fact]
    public void A_child_who_turns_out_to_be_an_adult_loses_the_child_questions_and_Art_24()
    {
        var diff = ReassessmentDiff.Between(Version(1, Facts.Of("child age-presumed")), Version(2, Facts.Adult));

        Assert.Contains(new Change("ageGroup", ChangeKind.Changed, "Child", "Adult"), diff.Facts);
        Assert.Contains(new Change("child.familySituation", ChangeKind.Removed, "BothParents", null), diff.Facts);
        Assert.Contains(new Change(SpecialMeasures.AudiovisualRecording, ChangeKind.Removed, "Recommended", null), diff.Measures);
        Assert.Contains(new Change("protectionNeeds", ChangeKind.Removed, "24(2)", null), diff.Needs);
    }

    [Fact]
    public void A_new_reason_at_the_same_level_is_a_change_of_the_reason()
    {
        var before = Facts.Of("adult risk:retaliation=Medium");
        var after = before with { Risks = before.Risks.Select(r => r.Risk == Risks.Retaliation ? r with { Reason = "Threats by phone." } : r).ToList() };

        var diff = ReassessmentDiff.Between(Version(1, before), Version(2, after));

        Assert.Equal([new Change("retaliation.reason", ChangeKind.Changed, "Stated in the interview.", "Threats by phone.")], diff.Risks);
    }
}
