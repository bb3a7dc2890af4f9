using Justice.Contracts.Events;

namespace Justice.Network.Domain.Cases;

/// <summary>How a case opens, whoever opens it: the case, and the <see cref="CooperationCaseOpened"/> event the opener saves with it.</summary>
public static class CaseOpening
{
    public const string Child = "child";
    public const string Adult = "adult";
    public static readonly IReadOnlyList<string> AgeGroups = [Child, Adult];

    /// <summary>A new case of <paramref name="victimId"/>; the caller adds it and <see cref="Opened"/> to the outbox, and saves.</summary>
    public static CooperationCase Open(Guid victimId, string regionCode, string ageGroup, string source, DateTimeOffset now,
        string? openedBy = null) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            VictimId = victimId,
            RegionCode = regionCode,
            AgeGroup = ageGroup,
            Source = source,
            OpenedAt = now,
            OpenedBy = openedBy,
        };

    /// <summary>The event that tells the other services <paramref name="case"/> opened.</summary>
    public static CooperationCaseOpened Opened(CooperationCase @case) =>
        new(@case.Id, @case.VictimId, @case.RegionCode, @case.AgeGroup, @case.Source, @case.OpenedAt);

    /// <summary>
    /// Takes what a completed assessment says, unless the case already knows a later version or is closed; whether
    /// it was on time is its days to completion within <paramref name="deadlineDays"/>.
    /// </summary>
    public static void TakeAssessment(CooperationCase @case, AssessmentCompleted completed, int deadlineDays)
    {
        if (!@case.IsOpen || (@case.AssessmentVersion is { } known && known > completed.Version))
        {
            return;
        }
        @case.AssessmentId = completed.AssessmentId;
        @case.AssessmentVersion = completed.Version;
        @case.AssessmentOnTime = completed.DaysToCompletion <= deadlineDays;
        @case.AgeGroup = completed.AgeGroup == Adult ? Adult : Child;
    }
}
