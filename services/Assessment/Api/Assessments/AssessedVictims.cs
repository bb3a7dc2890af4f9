using Justice.Api;

namespace Justice.Assessment.Api.Assessments;

/// <summary>What an assessment needs to know of its victim: no personal field, only what drives the rules and scoping.</summary>
/// <param name="AgeGroup"><c>child</c>, <c>adult</c> or <c>uncertain</c> (a child, Art. 24(2)) at the assessment's date.</param>
public sealed record AssessedVictim(Guid Id, string RegionCode, string AgeGroup);

/// <summary>
/// Finds the victim an assessment request is about, as far as the caller may see them: their own region, a national
/// admin everything, another region's coordinator only with a break-the-glass grant. A victim the caller may not see
/// is, for them, a victim that does not exist (404), and the attempt is audited.
/// </summary>
public interface IAssessedVictims
{
    Task<Found<AssessedVictim>> FindAsync(Guid victimId, HttpContext http, CancellationToken cancellationToken);
}
