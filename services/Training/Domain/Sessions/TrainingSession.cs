using Justice.Contracts;

namespace Justice.Training.Domain.Sessions;

/// <summary>
/// A training session: a regional two-day training for about 35 practitioners, or a national one for
/// decision makers. It owns its enrolments, attendance and tests, and decides who completed it.
/// </summary>
public sealed class TrainingSession
{
    public const int DefaultCapacity = 35;
    public const int MaxCapacity = 200;
    public const int MaxDays = 5;
    public const int MaxTrainers = 10;
    public const int MaxAgendaItems = 40;
    public const int MaxQuestions = 100;
    /// <summary>No session of the programme starts before its first year.</summary>
    public static readonly DateOnly EarliestStart = new(2025, 1, 1);
    /// <summary>Sessions are planned at most this many years ahead.</summary>
    public const int MaxYearsAhead = 2;

    public required Guid Id { get; init; }
    public required SessionKind Kind { get; init; }
    /// <summary>The judicial region of a regional session; null for a national one.</summary>
    public string? RegionCode { get; init; }
    public required string Title { get; init; }
    public required string Venue { get; init; }
    public required DateOnly StartsOn { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required int Capacity { get; init; }
    /// <summary>The competency framework version the agenda and tests refer to; never changes.</summary>
    public required int FrameworkVersion { get; init; }
    /// <summary>Account ids (token subjects) of the trainers who run the session.</summary>
    public List<string> TrainerIds { get; init; } = [];
    public List<AgendaItem> Agenda { get; init; } = [];
    /// <summary>The questions of both the pre-test and the post-test.</summary>
    public List<TestQuestion> Questions { get; private set; } = [];
    public SessionStatus Status { get; private set; } = SessionStatus.Planned;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public List<Enrolment> Enrolments { get; init; } = [];

    public int Days => EndsOn.DayNumber - StartsOn.DayNumber + 1;

    public IEnumerable<Enrolment> Participants => Enrolments.Where(e => e.Status == EnrolmentStatus.Enrolled);

    /// <summary>
    /// The date its certificates carry when completion is recorded at <paramref name="recordedAt"/>: that day (in
    /// Bulgaria), or the session's last day when the paperwork comes later.
    /// </summary>
    public DateOnly CompletionDate(DateTimeOffset recordedAt)
    {
        var recordedOn = ProgrammeTime.Day(recordedAt);
        return recordedOn < EndsOn ? recordedOn : EndsOn;
    }

    /// <summary>Moves the session along planned → open → in progress → completed (or cancelled).</summary>
    public SessionChange MoveTo(SessionStatus next, DateTimeOffset now)
    {
        if (!SessionLifecycle.Allows(Status, next))
        {
            return SessionChange.Refused($"A session that is {SessionLifecycle.Describe(Status)} cannot become {SessionLifecycle.Describe(next)}.");
        }
        if (next == SessionStatus.Completed && ProgrammeTime.Day(now) < StartsOn)
        {
            return SessionChange.Refused($"A session cannot be completed before it starts ({StartsOn:yyyy-MM-dd}).");
        }
        if (next == SessionStatus.Completed)
        {
            CompletedAt = now;
            foreach (var participant in Participants)
            {
                participant.Completed = CompletionRule.IsMet(participant, Days);
            }
        }
        Status = next;
        return SessionChange.Done;
    }

    /// <summary>Enrols a participant, or puts them on the waiting list once the session is full.</summary>
    public EnrolmentChange Enrol(Guid participantId, bool regionOverridden, DateTimeOffset now)
    {
        if (Status != SessionStatus.Open)
        {
            return EnrolmentChange.Refused("Enrolment is possible only while the session is open for enrolment.");
        }
        if (Enrolments.Any(e => e.ParticipantId == participantId && e.Status != EnrolmentStatus.Withdrawn))
        {
            return EnrolmentChange.Refused("This participant is already enrolled or on the waiting list.");
        }
        var status = Participants.Count() < Capacity ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waiting;
        var enrolment = new Enrolment
        {
            Id = Guid.CreateVersion7(now),
            SessionId = Id,
            ParticipantId = participantId,
            Status = status,
            EnrolledAt = now,
            RegionOverridden = regionOverridden,
        };
        Enrolments.Add(enrolment);
        return EnrolmentChange.To(enrolment);
    }

    /// <summary>Withdraws a participant; a freed place goes to the first on the waiting list.</summary>
    public EnrolmentChange Withdraw(Guid participantId)
    {
        if (Status is not (SessionStatus.Planned or SessionStatus.Open))
        {
            return EnrolmentChange.Refused("Withdrawal is possible only before the session starts.");
        }
        var enrolment = Enrolments.SingleOrDefault(e => e.ParticipantId == participantId && e.Status != EnrolmentStatus.Withdrawn);
        if (enrolment is null)
        {
            return EnrolmentChange.NotEnrolled;
        }
        var freesPlace = enrolment.Status == EnrolmentStatus.Enrolled;
        enrolment.Status = EnrolmentStatus.Withdrawn;
        var promoted = freesPlace
            ? Enrolments.Where(e => e.Status == EnrolmentStatus.Waiting).OrderBy(e => e.EnrolledAt).ThenBy(e => e.Id).FirstOrDefault()
            : null;
        if (promoted is not null)
        {
            promoted.Status = EnrolmentStatus.Enrolled;
        }
        return EnrolmentChange.To(enrolment, promoted);
    }

    /// <summary>Position on the waiting list, from 1; null for anyone not waiting.</summary>
    public int? WaitingPosition(Enrolment enrolment)
    {
        if (enrolment.Status != EnrolmentStatus.Waiting)
        {
            return null;
        }
        return Enrolments.Where(e => e.Status == EnrolmentStatus.Waiting)
            .OrderBy(e => e.EnrolledAt).ThenBy(e => e.Id).ToList().IndexOf(enrolment) + 1;
    }

    /// <summary>Records who was present on one day of a session in progress; everyone else was absent.</summary>
    public SessionChange RecordAttendance(int day, IReadOnlyCollection<Guid> present)
    {
        if (Status != SessionStatus.InProgress)
        {
            return SessionChange.Refused("Attendance is recorded while the session is in progress.");
        }
        if (day < 1 || day > Days)
        {
            return SessionChange.Invalid("day", $"This session has days 1 to {Days}.");
        }
        var strangers = present.Where(id => Participants.All(p => p.ParticipantId != id)).ToList();
        if (strangers.Count > 0)
        {
            return SessionChange.Invalid("present", $"Not participants of this session: {string.Join(", ", strangers)}.");
        }
        foreach (var participant in Participants)
        {
            participant.DaysAttended.Remove(day);
            if (present.Contains(participant.ParticipantId))
            {
                participant.DaysAttended.Add(day);
                participant.DaysAttended.Sort();
            }
        }
        return SessionChange.Done;
    }

    /// <summary>Sets the test questions, each mapped to a competency of the session's framework version.</summary>
    public SessionChange SetQuestions(IReadOnlyList<TestQuestion> questions)
    {
        if (Status is SessionStatus.Completed or SessionStatus.Cancelled)
        {
            return SessionChange.Refused("The tests of a completed or cancelled session cannot change.");
        }
        if (Enrolments.Any(e => e.PreTestAnswers is not null || e.PostTestAnswers is not null))
        {
            return SessionChange.Refused("Answers have been recorded: the questions can no longer change.");
        }
        Questions = [.. questions];
        return SessionChange.Done;
    }

    /// <summary>Records a participant's answers to the pre-test (before or during) or the post-test (during).</summary>
    public SessionChange RecordAnswers(Guid participantId, TestPhase phase, IReadOnlyList<int> answers)
    {
        var open = phase == TestPhase.Pre
            ? Status is SessionStatus.Open or SessionStatus.InProgress
            : Status == SessionStatus.InProgress;
        if (!open)
        {
            return SessionChange.Refused(phase == TestPhase.Pre
                ? "The pre-test is taken while the session is open or in progress."
                : "The post-test is taken while the session is in progress.");
        }
        if (Questions.Count == 0)
        {
            return SessionChange.Refused("The session has no test questions yet.");
        }
        var participant = Participants.SingleOrDefault(p => p.ParticipantId == participantId);
        if (participant is null)
        {
            return SessionChange.NotParticipant;
        }
        if (answers.Count != Questions.Count)
        {
            return SessionChange.Invalid("answers", $"Give one answer for each of the {Questions.Count} questions.");
        }
        var outOfRange = answers.Select((answer, i) => (answer, i))
            .Where(a => a.answer < 0 || a.answer >= Questions[a.i].Options.Count).Select(a => a.i + 1).ToList();
        if (outOfRange.Count > 0)
        {
            return SessionChange.Invalid("answers", $"Answers must name one of the options (from 0); check questions {string.Join(", ", outOfRange)}.");
        }
        if (phase == TestPhase.Pre)
        {
            participant.PreTestAnswers = [.. answers];
        }
        else
        {
            participant.PostTestAnswers = [.. answers];
        }
        return SessionChange.Done;
    }

    /// <summary>Records a participant's reaction questionnaire (Kirkpatrick level 1).</summary>
    public SessionChange RecordReaction(Guid participantId, IReadOnlyList<int> ratings)
    {
        if (Status is not (SessionStatus.InProgress or SessionStatus.Completed))
        {
            return SessionChange.Refused("The questionnaire is answered during or after the session.");
        }
        var participant = Participants.SingleOrDefault(p => p.ParticipantId == participantId);
        if (participant is null)
        {
            return SessionChange.NotParticipant;
        }
        if (!ReactionQuestionnaire.AreValid(ratings))
        {
            return SessionChange.Invalid("ratings",
                $"Rate each of the {ReactionQuestionnaire.Items.Count} items from 1 (poor) to 5 (excellent).");
        }
        participant.ReactionRatings = [.. ratings];
        return SessionChange.Done;
    }
}
