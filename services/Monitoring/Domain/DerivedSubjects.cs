namespace Justice.Monitoring.Domain;

/// <summary>Subjects counted from others: a practitioner is trained while one of their certificates is valid.</summary>
public static class DerivedSubjects
{
    /// <summary>The kind counted from each kind of certificate, by the certificates' owner.</summary>
    public static readonly IReadOnlyDictionary<string, string> HoldersOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Measures.Certificates] = Measures.PractitionersTrained,
        [Measures.DecisionMakerCertificates] = Measures.DecisionMakersTrained,
    };

    /// <summary>
    /// The holder's state from their certificates: counted where and when their earliest valid certificate counts,
    /// or not at all when none is valid.
    /// </summary>
    public static SubjectState? HolderFrom(IEnumerable<SubjectState> certificates)
    {
        var earliest = certificates.Where(c => c.Counts)
            .OrderBy(c => c.Placement!.Month).ThenBy(c => c.OccurredAt)
            .ThenBy(c => c.Placement!.RegionCode, StringComparer.Ordinal).ThenBy(c => c.Placement!.Dimension, StringComparer.Ordinal)
            .FirstOrDefault();
        return earliest is null ? null : earliest with { Placement = earliest.Placement! with { Weight = 1 } };
    }
}
