using Justice.Contracts.Events;
using Justice.Training.Certificates;
using Justice.Training.Domain;
using Justice.Training.Domain.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Sessions;

/// <summary>
/// What completing a session leaves behind, in the same transaction: a certificate for each participant who
/// met the completion rule, and the events (ids, codes and scores only) for the rest of the programme.
/// </summary>
public static class SessionCompletion
{
    public static async Task RecordAsync(TrainingSession session, SessionServices services, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var completers = session.Participants.Where(p => p.Completed == true).ToList();
        var ids = completers.Select(p => p.ParticipantId).ToList();
        var completedOn = session.CompletionDate(now);

        if (session.Kind == SessionKind.Regional)
        {
            var practitioners = await services.Db.Practitioners.AsNoTracking().Where(p => ids.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var participant in completers)
            {
                var practitioner = practitioners[participant.ParticipantId];
                Issue(services, session, practitioner.Id, practitioner.FullName, practitioner.Language, completedOn, now);
                services.Outbox.Add(new PractitionerTrained(practitioner.Id, practitioner.Profession, practitioner.RegionCode,
                    session.Id, session.FrameworkVersion, LearningGain.Gain(session.Questions, participant), now));
            }
        }
        else
        {
            var decisionMakers = await services.Db.DecisionMakers.AsNoTracking().Where(d => ids.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, cancellationToken);
            foreach (var participant in completers)
            {
                var decisionMaker = decisionMakers[participant.ParticipantId];
                Issue(services, session, decisionMaker.Id, decisionMaker.FullName, decisionMaker.Language, completedOn, now);
                services.Outbox.Add(new DecisionMakerTrained(decisionMaker.Id, decisionMaker.Body, session.Id, now));
            }
        }

        services.Outbox.Add(new TrainingSessionCompleted(session.Id, SessionKinds.Describe(session.Kind),
            session.RegionCode, session.Participants.Count(), completers.Count, session.FrameworkVersion, now));
    }

    private static void Issue(SessionServices services, TrainingSession session, Guid holderId, string holderName, string language,
        DateOnly completedOn, DateTimeOffset now) =>
        services.Db.Certificates.Add(new Certificate
        {
            Id = Guid.CreateVersion7(now),
            VerificationCode = VerificationCodes.New(),
            SessionId = session.Id,
            HolderId = holderId,
            HolderName = holderName,
            TrainingTitle = session.Title,
            RegionCode = session.RegionCode,
            CompletedOn = completedOn,
            Language = language,
            IssuedAt = now,
        });
}
