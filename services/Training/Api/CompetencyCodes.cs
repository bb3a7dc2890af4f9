using Justice.Api;
using Justice.Training.Data;
using Justice.Training.Domain.Competencies;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>The competency codes that records outside the framework name (materials, supervision).</summary>
public static class CompetencyCodes
{
    /// <summary>The codes of every framework version's competencies.</summary>
    public static async Task<HashSet<string>> KnownAsync(TrainingDbContext db, CancellationToken cancellationToken) =>
        [.. await db.Set<FrameworkCompetency>().AsNoTracking().Select(c => c.Code).Distinct().ToListAsync(cancellationToken)];

    /// <summary>
    /// The codes given, each once: at least one and all known, or an error on <paramref name="field"/> that lists
    /// the known codes (<paramref name="what"/> says what they are for).
    /// </summary>
    public static List<string> Require(
        IReadOnlyList<string>? codes, HashSet<string> known, string field, string what, ValidationErrors errors)
    {
        var distinct = (codes ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0 || distinct.Any(code => !known.Contains(code)))
        {
            errors.Add(field, $"One or more codes of {what} ({string.Join(", ", known.Order(StringComparer.Ordinal))}).");
        }
        return distinct;
    }
}
