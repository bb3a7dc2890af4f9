extern alias NetworkService;

using NetworkService::Justice.Network.Domain.Teams;

namespace Justice.Network.Tests.Teams;

/// <summary>The formation rule clause by clause: each one alone met and not met, the others met.</summary>
public sealed class TeamFormationTests
{
    /// <summary>Five trained members from five types, justice and welfare among them: formed.</summary>
    private static readonly string[] Formed = ["police", "prosecutor-office", "child-protection", "social-service", "hospital"];

    private static List<FormationMember> Trained(params string[] types) => [.. types.Select(type => new FormationMember(type, true))];

    private static IEnumerable<string> Clauses(FormationResult result) => result.Missing.Select(gap => gap.Clause);

    [Fact]
    public void A_team_meeting_every_clause_is_formed()
    {
        var result = TeamFormation.Evaluate(Trained(Formed));

        Assert.True(result.Formed);
        Assert.Empty(result.Missing);
        Assert.Equal(["child-protection", "hospital", "police", "prosecutor-office", "social-service"], result.InstitutionTypes);
    }

    [Fact]
    public void Four_members_are_too_few()
    {
        var result = TeamFormation.Evaluate(Trained("police", "court", "child-protection", "hospital"));

        Assert.False(result.Formed);
        Assert.Equal([new FormationGap(TeamFormation.MembersClause, 4, 5)], result.Missing);
    }

    [Fact]
    public void Five_members_are_enough()
    {
        Assert.True(TeamFormation.Evaluate(Trained("police", "court", "child-protection", "hospital", "hospital")).Formed);
    }

    [Fact]
    public void Three_institution_types_are_too_few_however_many_members()
    {
        var result = TeamFormation.Evaluate(Trained("police", "police", "child-protection", "hospital", "hospital", "hospital"));

        Assert.False(result.Formed);
        Assert.Equal([new FormationGap(TeamFormation.InstitutionTypesClause, 3, 4)], result.Missing);
    }

    [Fact]
    public void Four_institution_types_are_enough()
    {
        Assert.True(TeamFormation.Evaluate(Trained("police", "police", "child-protection", "hospital", "ngo")).Formed);
    }

    [Fact]
    public void Without_the_police_a_prosecutors_office_or_a_court_the_team_is_not_formed()
    {
        var result = TeamFormation.Evaluate(Trained("child-protection", "social-service", "hospital", "ngo", "municipality"));

        Assert.False(result.Formed);
        Assert.Equal([TeamFormation.JusticeClause], Clauses(result));
    }

    [Theory]
    [InlineData("police")]
    [InlineData("prosecutor-office")]
    [InlineData("court")]
    public void Any_one_institution_of_justice_meets_the_justice_clause(string type)
    {
        Assert.True(TeamFormation.Evaluate(Trained(type, "child-protection", "hospital", "ngo", "municipality")).Formed);
    }

    [Fact]
    public void Without_child_protection_or_a_social_service_the_team_is_not_formed()
    {
        var result = TeamFormation.Evaluate(Trained("police", "court", "hospital", "ngo", "bar"));

        Assert.False(result.Formed);
        Assert.Equal([TeamFormation.WelfareClause], Clauses(result));
    }

    [Theory]
    [InlineData("child-protection")]
    [InlineData("social-service")]
    public void Either_welfare_institution_meets_the_welfare_clause(string type)
    {
        Assert.True(TeamFormation.Evaluate(Trained("police", "court", "hospital", "ngo", type)).Formed);
    }

    [Fact]
    public void One_untrained_member_keeps_the_team_from_being_formed()
    {
        var members = Trained(Formed);
        members[2] = members[2] with { Trained = false };

        var result = TeamFormation.Evaluate(members);

        Assert.False(result.Formed);
        Assert.Equal([new FormationGap(TeamFormation.TrainingClause, 1, 0)], result.Missing);
    }

    [Fact]
    public void An_empty_team_lacks_members_types_justice_and_welfare_in_that_order()
    {
        var result = TeamFormation.Evaluate([]);

        Assert.False(result.Formed);
        Assert.Equal(
            [TeamFormation.MembersClause, TeamFormation.InstitutionTypesClause, TeamFormation.JusticeClause, TeamFormation.WelfareClause],
            Clauses(result));
        Assert.Empty(result.InstitutionTypes);
    }
}
