using System.Globalization;
using Justice.Training.Domain.Sessions;

namespace Justice.Training.Tests;

/// <summary>The session's rules as pure logic: capacity and waiting list, status, attendance, tests, completion.</summary>
public sealed class TrainingSessionRulesTests
{
    /// <summary>The morning of the sessions' first day: a session is completed only once it has started.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

    private static TrainingSession Session(int capacity = 35, int days = 2, SessionStatus status = SessionStatus.Open)
    {
        var session = new TrainingSession
        {
            Id = Guid.NewGuid(),
            Kind = SessionKind.Regional,
            RegionCode = "BG-05",
            Title = "Правосъдие, приятел на детето",
            Venue = "Видин",
            StartsOn = new DateOnly(2026, 12, 10),
            EndsOn = new DateOnly(2026, 12, 10).AddDays(days - 1),
            Capacity = capacity,
            FrameworkVersion = 1,
            CreatedAt = Now,
        };
        foreach (var next in new[] { SessionStatus.Open, SessionStatus.InProgress, SessionStatus.Completed })
        {
            if (session.Status == status)
            {
                break;
            }
            Assert.True(session.MoveTo(next, Now).Succeeded);
        }
        return session;
    }

    [Fact]
    public void The_thirty_sixth_enrolment_waits_when_thirty_five_places_are_taken()
    {
        var session = Session();
        var outcomes = Enumerable.Range(0, 36).Select(i => session.Enrol(Guid.NewGuid(), false, Now.AddSeconds(i)).Enrolment!).ToList();

        Assert.All(outcomes.Take(35), e => Assert.Equal(EnrolmentStatus.Enrolled, e.Status));
        Assert.Equal(EnrolmentStatus.Waiting, outcomes[35].Status);
        Assert.Equal(1, session.WaitingPosition(outcomes[35]));
        Assert.Equal(35, session.Participants.Count());
    }

    [Fact]
    public void A_withdrawal_gives_the_place_to_the_first_on_the_waiting_list()
    {
        var session = Session(capacity: 2);
        var first = session.Enrol(Guid.NewGuid(), false, Now).Enrolment!;
        session.Enrol(Guid.NewGuid(), false, Now.AddSeconds(1));
        var waitingFirst = session.Enrol(Guid.NewGuid(), false, Now.AddSeconds(2)).Enrolment!;
        var waitingSecond = session.Enrol(Guid.NewGuid(), false, Now.AddSeconds(3)).Enrolment!;

        var change = session.Withdraw(first.ParticipantId);

        Assert.Same(waitingFirst, change.Promoted);
        Assert.Equal(EnrolmentStatus.Enrolled, waitingFirst.Status);
        Assert.Equal(EnrolmentStatus.Withdrawn, first.Status);
        Assert.Equal(1, session.WaitingPosition(waitingSecond));
        Assert.Equal(2, session.Participants.Count());
    }

    [Fact]
    public void Withdrawing_from_the_waiting_list_promotes_nobody()
    {
        var session = Session(capacity: 1);
        session.Enrol(Guid.NewGuid(), false, Now);
        var waiting = session.Enrol(Guid.NewGuid(), false, Now.AddSeconds(1)).Enrolment!;

        var change = session.Withdraw(waiting.ParticipantId);

        Assert.Null(change.Promoted);
        Assert.Single(session.Participants);
    }

    [Fact]
    public void A_participant_enrols_once()
    {
        var session = Session();
        var id = Guid.NewGuid();
        session.Enrol(id, false, Now);

        var again = session.Enrol(id, false, Now);

        Assert.NotNull(again.RefusedBecause);
        Assert.Single(session.Enrolments);
    }

    [Theory]
    [InlineData(SessionStatus.Planned)]
    [InlineData(SessionStatus.InProgress)]
    [InlineData(SessionStatus.Completed)]
    public void Enrolment_is_refused_unless_the_session_is_open(SessionStatus status)
    {
        var session = Session(status: status);

        var change = session.Enrol(Guid.NewGuid(), false, Now);

        Assert.NotNull(change.RefusedBecause);
        Assert.Empty(session.Enrolments);
    }

    [Theory]
    [InlineData(SessionStatus.Planned, SessionStatus.Open, true)]
    [InlineData(SessionStatus.Open, SessionStatus.InProgress, true)]
    [InlineData(SessionStatus.InProgress, SessionStatus.Completed, true)]
    [InlineData(SessionStatus.Planned, SessionStatus.Cancelled, true)]
    [InlineData(SessionStatus.Open, SessionStatus.Cancelled, true)]
    [InlineData(SessionStatus.InProgress, SessionStatus.Cancelled, true)]
    [InlineData(SessionStatus.Planned, SessionStatus.InProgress, false)]
    [InlineData(SessionStatus.Planned, SessionStatus.Completed, false)]
    [InlineData(SessionStatus.Open, SessionStatus.Completed, false)]
    [InlineData(SessionStatus.Completed, SessionStatus.Cancelled, false)]
    [InlineData(SessionStatus.Cancelled, SessionStatus.Open, false)]
    [InlineData(SessionStatus.Completed, SessionStatus.Open, false)]
    [InlineData(SessionStatus.InProgress, SessionStatus.Open, false)]
    public void Status_moves_only_along_the_lifecycle(SessionStatus from, SessionStatus to, bool allowed)
    {
        Assert.Equal(allowed, SessionLifecycle.Allows(from, to));
    }

    [Fact]
    public void A_session_is_not_completed_before_its_first_day_has_begun_in_Bulgaria()
    {
        var session = Session(status: SessionStatus.InProgress);

        // 23:59 on the 9th in Sofia (UTC+2 in December); two minutes later it is the 10th there, still the 9th in UTC.
        var change = session.MoveTo(SessionStatus.Completed, new DateTimeOffset(2026, 12, 9, 21, 59, 0, TimeSpan.Zero));

        Assert.False(change.Succeeded);
        Assert.Equal(SessionStatus.InProgress, session.Status);
        Assert.Null(session.CompletedAt);
        Assert.True(session.MoveTo(SessionStatus.Completed, new DateTimeOffset(2026, 12, 9, 22, 1, 0, TimeSpan.Zero)).Succeeded);
    }

    [Fact]
    public void Completion_needs_every_day_attended_and_the_post_test()
    {
        var session = Session(status: SessionStatus.InProgress);
        // Enrolment happens while open; add participants directly in the state they would be in.
        var everyDayWithTest = Participant(session, [1, 2], post: true);
        var oneDayWithTest = Participant(session, [1], post: true);
        var everyDayNoTest = Participant(session, [1, 2], post: false);

        session.MoveTo(SessionStatus.Completed, Now);

        Assert.True(everyDayWithTest.Completed);
        Assert.False(oneDayWithTest.Completed);
        Assert.False(everyDayNoTest.Completed);
    }

    [Theory]
    [InlineData("2026-12-11T16:00:00Z", "2026-12-11")] // on its last day
    [InlineData("2026-12-10T18:30:00Z", "2026-12-10")] // ended early
    [InlineData("2026-12-10T22:30:00Z", "2026-12-11")] // after midnight in Sofia, still the 10th in UTC
    [InlineData("2027-01-08T09:00:00Z", "2026-12-11")] // recorded weeks later
    public void Certificates_carry_the_day_completion_was_recorded_but_never_after_the_last_day(string recordedAt, string expected)
    {
        var session = Session(days: 2);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture),
            session.CompletionDate(DateTimeOffset.Parse(recordedAt, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Attendance_is_per_day_and_everyone_not_listed_was_absent()
    {
        var session = Session(status: SessionStatus.InProgress);
        var present = Participant(session, [], post: false);
        var absent = Participant(session, [1], post: false);

        var day1 = session.RecordAttendance(1, [present.ParticipantId]);
        var day3 = session.RecordAttendance(3, [present.ParticipantId]);
        var stranger = session.RecordAttendance(2, [Guid.NewGuid()]);

        Assert.True(day1.Succeeded);
        Assert.Equal([1], present.DaysAttended);
        Assert.Empty(absent.DaysAttended);
        Assert.Equal("day", day3.Field);
        Assert.Equal("present", stranger.Field);
    }

    [Fact]
    public void Attendance_is_recorded_only_while_the_session_runs()
    {
        var session = Session(status: SessionStatus.Open);

        Assert.NotNull(session.RecordAttendance(1, []).RefusedBecause);
    }

    [Fact]
    public void Questions_cannot_change_once_answers_are_recorded()
    {
        var session = Session(status: SessionStatus.InProgress);
        var participant = Participant(session, [], post: false);
        Assert.True(session.SetQuestions([new TestQuestion("C1", "?", ["a", "b"], 0)]).Succeeded);
        Assert.True(session.RecordAnswers(participant.ParticipantId, TestPhase.Pre, [1]).Succeeded);

        var change = session.SetQuestions([new TestQuestion("C2", "?", ["a", "b"], 1)]);

        Assert.NotNull(change.RefusedBecause);
        Assert.Equal("C1", Assert.Single(session.Questions).Competency);
    }

    [Fact]
    public void Answers_must_answer_every_question_with_an_existing_option()
    {
        var session = Session(status: SessionStatus.InProgress);
        var participant = Participant(session, [], post: false);
        session.SetQuestions([new TestQuestion("C1", "?", ["a", "b"], 0), new TestQuestion("C2", "?", ["a", "b", "c"], 2)]);

        var tooFew = session.RecordAnswers(participant.ParticipantId, TestPhase.Post, [0]);
        var outOfRange = session.RecordAnswers(participant.ParticipantId, TestPhase.Post, [0, 3]);
        var stranger = session.RecordAnswers(Guid.NewGuid(), TestPhase.Post, [0, 1]);

        Assert.Equal("answers", tooFew.Field);
        Assert.Equal("answers", outOfRange.Field);
        Assert.True(stranger.ParticipantMissing);
        Assert.Null(participant.PostTestAnswers);
    }

    [Fact]
    public void The_post_test_waits_for_the_session_to_start()
    {
        var session = Session(status: SessionStatus.Open);
        var participant = session.Enrol(Guid.NewGuid(), false, Now).Enrolment!;
        session.SetQuestions([new TestQuestion("C1", "?", ["a", "b"], 0)]);

        Assert.True(session.RecordAnswers(participant.ParticipantId, TestPhase.Pre, [0]).Succeeded);
        Assert.NotNull(session.RecordAnswers(participant.ParticipantId, TestPhase.Post, [0]).RefusedBecause);
    }

    [Theory]
    [InlineData(new[] { 5, 4, 3, 2, 1 }, true)]
    [InlineData(new[] { 5, 4, 3, 2 }, false)]
    [InlineData(new[] { 5, 4, 3, 2, 6 }, false)]
    [InlineData(new[] { 0, 4, 3, 2, 1 }, false)]
    public void The_reaction_questionnaire_rates_five_items_from_one_to_five(int[] ratings, bool valid)
    {
        Assert.Equal(valid, ReactionQuestionnaire.AreValid(ratings));
    }

    private static Enrolment Participant(TrainingSession session, int[] days, bool post)
    {
        var enrolment = new Enrolment
        {
            Id = Guid.NewGuid(),
            SessionId = session.Id,
            ParticipantId = Guid.NewGuid(),
            Status = EnrolmentStatus.Enrolled,
            EnrolledAt = Now,
            DaysAttended = [.. days],
            PostTestAnswers = post ? [0] : null,
        };
        session.Enrolments.Add(enrolment);
        return enrolment;
    }
}
