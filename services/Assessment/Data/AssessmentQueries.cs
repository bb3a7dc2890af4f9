using Justice.Assessment.Domain;
using Justice.Assessment.Domain.Assessments;

namespace Justice.Assessment.Data;

/// <summary>Queries over assessments that several readers share.</summary>
public static class AssessmentQueries
{
    /// <summary>
    /// Drafts whose first contact is more than <paramref name="deadlineDays"/> days before <paramref name="now"/>: what
    /// <see cref="AssessmentDeadline.IsOverdue"/> says of one assessment, as a query the database answers.
    /// </summary>
    public static IQueryable<VictimAssessment> Overdue(this IQueryable<VictimAssessment> assessments, DateTimeOffset now, int deadlineDays)
    {
        var dueBefore = now.AddDays(-deadlineDays);
        return assessments.Where(a => a.Status == AssessmentStatus.Draft && a.FirstContactAt < dueBefore);
    }
}
