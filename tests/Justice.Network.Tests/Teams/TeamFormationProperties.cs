extern alias NetworkService;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkService::Justice.Network.Domain.Teams;

namespace Justice.Network.Tests.Teams;

/// <summary>What holds for any team, not only the examples of <see cref="TeamFormationTests"/>.</summary>
[Properties(Arbitrary = [typeof(TeamGenerators)], MaxTest = 500)]
public sealed class TeamFormationProperties
{
    private static readonly string[] AllTypes =
    [
        "court", "prosecutor-office", "police", "child-protection", "social-service", "hospital", "forensic-medicine",
        "municipality", "bar", "ngo", "child-centre",
    ];

    [Property]
    public bool Formed_exactly_when_nothing_is_missing(FormationMember[] members)
    {
        var result = TeamFormation.Evaluate(members);

        return result.Formed == (result.Missing.Count == 0);
    }

    [Property]
    public bool Formed_exactly_when_every_clause_holds(FormationMember[] members)
    {
        var types = members.Select(m => m.InstitutionType).ToHashSet();
        var clauses = members.Length >= 5 && types.Count >= 4 && members.All(m => m.Trained)
            && types.Overlaps(["police", "prosecutor-office", "court"]) && types.Overlaps(["child-protection", "social-service"]);

        return TeamFormation.Evaluate(members).Formed == clauses;
    }

    [Property]
    public bool The_order_of_members_does_not_matter(FormationMember[] members) =>
        TeamFormation.Evaluate(members).Formed == TeamFormation.Evaluate([.. members.Reverse()]).Formed
        && TeamFormation.Evaluate(members).Missing.SequenceEqual(TeamFormation.Evaluate([.. members.Reverse()]).Missing);

    [Property]
    public bool An_untrained_member_always_keeps_a_team_from_being_formed(FormationMember[] members, PositiveInt at)
    {
        var withUntrained = members.ToList();
        withUntrained.Insert(at.Get % (members.Length + 1), new FormationMember(AllTypes[at.Get % AllTypes.Length], false));

        return !TeamFormation.Evaluate(withUntrained).Formed;
    }

    [Property]
    public bool Institution_types_are_the_distinct_types_of_the_members(FormationMember[] members) =>
        TeamFormation.Evaluate(members).InstitutionTypes.Order().SequenceEqual(members.Select(m => m.InstitutionType).Distinct().Order());

    /// <summary>Members of any institution types, mostly trained (so that formed teams are generated too).</summary>
    public static class TeamGenerators
    {
        public static Arbitrary<FormationMember> Member() => Arb.From(
            from type in Gen.Elements(AllTypes)
            from trained in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
            select new FormationMember(type, trained));
    }
}
