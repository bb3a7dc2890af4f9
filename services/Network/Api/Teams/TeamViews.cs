using Justice.Api;
using Justice.Network.Domain.Teams;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Teams;

/// <summary>A region's territorial team and whether it counts as formed.</summary>
/// <param name="Id">The team's id; null while the region has no team yet.</param>
/// <param name="Formed">Whether the team meets the formation rule.</param>
/// <param name="FormedAt">Since when it does; null while it does not.</param>
/// <param name="InstitutionTypes">Codes of the institution types the members come from.</param>
/// <param name="Missing">What the team lacks to be formed, in the reader's language; empty once formed.</param>
public sealed record TeamView(
    string RegionCode, Guid? Id, bool Formed, DateTimeOffset? FormedAt, IReadOnlyList<TeamMemberView> Members,
    IReadOnlyList<string> InstitutionTypes, IReadOnlyList<TeamGapView> Missing);

/// <summary>A member of a territorial team.</summary>
/// <param name="Profession">The practitioner's profession, as the roster has it.</param>
/// <param name="Role"><c>coordinator</c> or <c>member</c>.</param>
/// <param name="Trained">Whether the practitioner completed the programme's regional training.</param>
/// <param name="AccountId">The member's own account, shown to those who manage the team only.</param>
public sealed record TeamMemberView(
    Guid PractitionerId, string Profession, TeamInstitutionView Institution, string Role, bool Trained, DateTimeOffset AddedAt,
    string? AccountId);

/// <summary>The institution a member serves on the team for.</summary>
/// <param name="Type">Code of the institution type.</param>
/// <param name="TypeName">The type's name in the reader's language.</param>
public sealed record TeamInstitutionView(Guid Id, string Name, string Type, string TypeName);

/// <summary>A clause of the formation rule the team does not meet.</summary>
/// <param name="Clause"><c>members</c>, <c>institution-types</c>, <c>justice-institution</c>, <c>welfare-institution</c> or <c>training</c>.</param>
/// <param name="Message">What is missing, in the reader's language.</param>
public sealed record TeamGapView(string Clause, string Message)
{
    public static TeamGapView From(FormationGap gap) => new(gap.Clause, gap.Clause switch
    {
        TeamFormation.MembersClause => ReaderLanguage.Pick(
            $"Нужни са поне {gap.Need} членове; екипът има {gap.Have}.",
            $"At least {gap.Need} members are needed; the team has {gap.Have}.",
            $"Il faut au moins {gap.Need} membres ; l'équipe en a {gap.Have}."),
        TeamFormation.InstitutionTypesClause => ReaderLanguage.Pick(
            $"Членовете трябва да са от поне {gap.Need} вида институции; сега са от {gap.Have}.",
            $"Members must come from at least {gap.Need} kinds of institution; they come from {gap.Have}.",
            $"Les membres doivent venir d'au moins {gap.Need} types d'institution ; ils viennent de {gap.Have}."),
        TeamFormation.JusticeClause => ReaderLanguage.Pick(
            "Нужен е член от полицията, прокуратурата или съда.",
            "A member from the police, a prosecutor's office or a court is needed.",
            "Il faut un membre de la police, du parquet ou d'un tribunal."),
        TeamFormation.WelfareClause => ReaderLanguage.Pick(
            "Нужен е член от отдел „Закрила на детето“ или от доставчик на социални услуги.",
            "A member from child protection or a social service provider is needed.",
            "Il faut un membre de la protection de l'enfance ou d'un prestataire de services sociaux."),
        _ => ReaderLanguage.Pick(
            $"Всички членове трябва да са завършили обучението; още без обучение: {gap.Have}.",
            $"Every member must have completed the training; not yet trained: {gap.Have}.",
            $"Tous les membres doivent avoir suivi la formation ; pas encore formés : {gap.Have}."),
    });
}
