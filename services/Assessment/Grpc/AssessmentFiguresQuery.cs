using Justice.Assessment.Data;
using Justice.Assessment.Domain.Assessments;
using Justice.Assessment.V1;
using Justice.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Grpc;

/// <summary>The programme's assessment figures, per judicial region (every region has its row, zeros included) and nationally.</summary>
public static class AssessmentFiguresQuery
{
    public static async Task<AssessmentFigures> ReadAsync(AssessmentDbContext db, string? region, DateTimeOffset now, int deadlineDays,
        CancellationToken cancellationToken)
    {
        var assessments = db.Assessments.AsNoTracking();
        var victims = db.Victims.AsNoTracking();
        if (region is not null)
        {
            assessments = assessments.Where(a => a.RegionCode == region);
            victims = victims.Where(v => v.RegionCode == region);
        }
        var registered = await victims.GroupBy(v => v.RegionCode)
            .Select(g => new { Region = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Region, g => g.Count, cancellationToken);
        // Victims assessed: one row per victim with a completed version, with the age group of their latest one.
        var assessed = await assessments.Where(a => a.Status != AssessmentStatus.Draft)
            .GroupBy(a => new { a.RegionCode, a.VictimId })
            .Select(g => new { g.Key.RegionCode, AgeGroup = g.OrderByDescending(a => a.Version).First().AgeGroup, Completed = g.Count() })
            .ToListAsync(cancellationToken);
        var overdue = await assessments.Overdue(now, deadlineDays)
            .GroupBy(a => a.RegionCode).Select(g => new { Region = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Region, g => g.Count, cancellationToken);
        var applied = await db.MeasureDecisions.AsNoTracking().Where(d => d.Applied == true)
            .Join(assessments, d => d.AssessmentId, a => a.Id, (d, a) => new { a.RegionCode, d.Measure })
            .GroupBy(m => new { m.RegionCode, m.Measure }).Select(g => new { g.Key.RegionCode, g.Key.Measure, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var figures = new AssessmentFigures();
        foreach (var code in region is null ? JudicialRegionCode.All : [region])
        {
            var row = new RegionAssessmentFigures
            {
                RegionCode = code,
                VictimsRegistered = registered.GetValueOrDefault(code),
                VictimsAssessed = assessed.Count(a => a.RegionCode == code),
                AssessmentsCompleted = assessed.Where(a => a.RegionCode == code).Sum(a => a.Completed),
                AssessmentsOverdue = overdue.GetValueOrDefault(code),
            };
            row.AssessedByAgeGroup.AddRange(assessed.Where(a => a.RegionCode == code).GroupBy(a => a.AgeGroup).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new AgeGroupCount { AgeGroup = g.Key, Count = g.Count() }));
            row.MeasuresApplied.AddRange(applied.Where(m => m.RegionCode == code).OrderBy(m => m.Measure, StringComparer.Ordinal)
                .Select(m => new MeasureCount { Measure = m.Measure, Count = m.Count }));
            figures.Regions.Add(row);
        }
        figures.VictimsAssessed = figures.Regions.Sum(r => r.VictimsAssessed);
        figures.AssessmentsCompleted = figures.Regions.Sum(r => r.AssessmentsCompleted);
        figures.AssessmentsOverdue = figures.Regions.Sum(r => r.AssessmentsOverdue);
        figures.MeasuresApplied = figures.Regions.Sum(r => r.MeasuresApplied.Sum(m => m.Count));
        return figures;
    }
}
