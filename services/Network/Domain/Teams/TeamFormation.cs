namespace Justice.Network.Domain.Teams;

/// <summary>A team member as the formation rule sees them: the type of their institution, and whether they are trained.</summary>
/// <param name="InstitutionType">Code of institution-types.csv.</param>
public sealed record FormationMember(string InstitutionType, bool Trained);

/// <summary>One clause of the formation rule a team does not meet.</summary>
/// <param name="Clause">Which clause: one of <see cref="TeamFormation"/>'s clause codes.</param>
/// <param name="Have">What the team has toward it: members, institution types, or untrained members.</param>
/// <param name="Need">What the clause asks for (for <see cref="TeamFormation.TrainingClause"/>: 0 untrained).</param>
public sealed record FormationGap(string Clause, int Have, int Need);

/// <summary>Whether a team meets the formation rule, what it lacks when not, and the institution types it draws on.</summary>
public sealed record FormationResult(bool Formed, IReadOnlyList<FormationGap> Missing, IReadOnlyList<string> InstitutionTypes);

/// <summary>
/// When a territorial team counts as formed: at least 5 members, from at least 4 distinct institution types, including
/// the police, a prosecutor's office or a court, and child protection or a social service, and every member has
/// completed the programme's regional training.
/// </summary>
public static class TeamFormation
{
    public const int MinMembers = 5;
    public const int MinInstitutionTypes = 4;

    public const string MembersClause = "members";
    public const string InstitutionTypesClause = "institution-types";
    public const string JusticeClause = "justice-institution";
    public const string WelfareClause = "welfare-institution";
    public const string TrainingClause = "training";

    /// <summary>The clauses, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Clauses =
        [MembersClause, InstitutionTypesClause, JusticeClause, WelfareClause, TrainingClause];

    /// <summary>Institutions of justice: the team needs a member from one of them.</summary>
    public static readonly IReadOnlyList<string> JusticeTypes = ["police", "prosecutor-office", "court"];

    /// <summary>Institutions of child protection and social care: the team needs a member from one of them.</summary>
    public static readonly IReadOnlyList<string> WelfareTypes = ["child-protection", "social-service"];

    public static FormationResult Evaluate(IReadOnlyCollection<FormationMember> members)
    {
        var types = members.Select(m => m.InstitutionType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var untrained = members.Count(m => !m.Trained);
        var missing = new List<FormationGap>();
        if (members.Count < MinMembers)
        {
            missing.Add(new FormationGap(MembersClause, members.Count, MinMembers));
        }
        if (types.Count < MinInstitutionTypes)
        {
            missing.Add(new FormationGap(InstitutionTypesClause, types.Count, MinInstitutionTypes));
        }
        if (!types.Any(JusticeTypes.Contains))
        {
            missing.Add(new FormationGap(JusticeClause, 0, 1));
        }
        if (!types.Any(WelfareTypes.Contains))
        {
            missing.Add(new FormationGap(WelfareClause, 0, 1));
        }
        if (untrained > 0)
        {
            missing.Add(new FormationGap(TrainingClause, untrained, 0));
        }
        return new FormationResult(missing.Count == 0, missing, types);
    }
}
