using Justice.Contracts.Events;
using Justice.Messaging.Outbox;

namespace Justice.Network.Domain.Cases;

/// <summary>How a case opens, whoever opens it: the case and its <see cref="CooperationCaseOpened"/> event, saved together.</summary>
public static class CaseOpening
{
    public const string Child = "child";
    public const string Adult = "adult";
    public static readonly IReadOnlyList<string> AgeGroups = [Child, Adult];

    /// <summary>A new case of <paramref name="victimId"/>; the caller adds it to the database and saves.</summary>
    public static CooperationCase Open(IOutbox outbox, Guid victimId, string regionCode, string ageGroup, string source,
        DateTimeOffset now, string? openedBy = null)
    {
        var @case = new CooperationCase
        {
            Id = Guid.CreateVersion7(),
            VictimId = victimId,
            RegionCode = regionCode,
            AgeGroup = ageGroup,
            Source = source,
            OpenedAt = now,
            OpenedBy = openedBy,
        };
        outbox.Add(new CooperationCaseOpened(@case.Id, victimId, regionCode, ageGroup, source, now));
        return @case;
    }

    /// <summary>
    /// Takes what a completed assessment says, unless the case already knows a later version or is closed; whether
    /// it was on time is <paramref name="daysToCompletion"/> within <paramref name="deadlineDays"/>.
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
