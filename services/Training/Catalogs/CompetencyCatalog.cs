using System.Collections.Frozen;
using Justice.Persistence;

namespace Justice.Training.Catalogs;

/// <summary>
/// The codes of the programme's competencies (competencies.csv, embedded), C1…C8. The framework's first version is
/// seeded from the same file and every later version copies its competencies: versions change their texts and
/// profiles, never which competencies there are. So the codes other records name can be checked without a database.
/// </summary>
public static class CompetencyCatalog
{
    public static readonly FrozenSet<string> Codes = ReferenceData.Read(typeof(CompetencyCatalog).Assembly, "competencies.csv",
        row => row.GetString("code")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The codes in order, for messages: "C1, C2, …".</summary>
    public static readonly string Listed = string.Join(", ", Codes.Order(StringComparer.Ordinal));
}
