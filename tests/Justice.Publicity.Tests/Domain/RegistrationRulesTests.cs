using Justice.Publicity.Domain.Events;

namespace Justice.Publicity.Tests.Domain;

/// <summary>A registration's rules on their own: the code's validity, seats, and what erasure forgets.</summary>
public sealed class RegistrationRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void A_code_confirms_until_it_expires(int minutesPastExpiry, bool mayConfirm)
    {
        var registration = Pending(expiresAt: Now);

        Assert.Equal(mayConfirm, registration.MayConfirm(Now.AddMinutes(minutesPastExpiry)));
    }

    [Theory]
    [InlineData(0, 2, "confirmed")]
    [InlineData(1, 2, "confirmed")]
    [InlineData(2, 2, "waitlisted")]
    [InlineData(5, 2, "waitlisted")]
    public void Confirming_takes_a_seat_while_one_is_left(int taken, int capacity, string expected)
    {
        var registration = Pending(expiresAt: Now.AddHours(1));

        registration.Confirm(taken, capacity, Now);

        Assert.Equal(expected, registration.Status);
        Assert.Null(registration.ConfirmationCodeHash);
        Assert.False(registration.MayConfirm(Now));
    }

    [Fact]
    public void Erasure_forgets_the_person_and_their_links_but_not_that_they_attended()
    {
        var registration = Pending(expiresAt: Now.AddHours(1));
        registration.Confirm(0, 1, Now);
        registration.CancellationTokenHash = "hash";
        registration.Attended = true;

        registration.Erase(Now);

        Assert.Null(registration.Name);
        Assert.Null(registration.Email);
        Assert.Null(registration.Organisation);
        Assert.Null(registration.CancellationTokenHash);
        Assert.True(registration.Attended);
        Assert.Equal(Now, registration.ErasedAt);
    }

    [Fact]
    public void An_event_takes_registrations_while_scheduled_and_not_started()
    {
        var e = new PublicEvent { StartsAt = Now, Status = PublicEventStatus.Scheduled };

        Assert.True(e.TakesRegistrations(Now.AddSeconds(-1)));
        Assert.False(e.TakesRegistrations(Now));
        Assert.True(e.MayRecordAttendance(Now));
        e.Status = PublicEventStatus.Cancelled;
        Assert.False(e.TakesRegistrations(Now.AddDays(-1)));
        Assert.False(e.MayRecordAttendance(Now.AddDays(1)));
    }

    private static Registration Pending(DateTimeOffset expiresAt) => new()
    {
        Name = "Мария",
        Email = "maria@example.bg",
        Organisation = "Съд",
        ConfirmationCodeHash = "code",
        ConfirmationExpiresAt = expiresAt,
    };
}
