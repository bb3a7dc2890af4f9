using FluentValidation;
using Justice.Api;
using Justice.Network.Api.Councils;
using Justice.Network.Domain.Meetings;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Meetings;

/// <summary>What a meeting's body says of the meeting itself, whoever holds it.</summary>
public interface IMeetingContent
{
    DateOnly? HeldOn { get; }
    IReadOnlyList<string>? Agenda { get; }
    IReadOnlyList<Guid>? Attendees { get; }
    IReadOnlyList<string>? Decisions { get; }
}

/// <summary>The body of <c>POST /api/network/meetings</c>: a meeting of a territorial team or of a council.</summary>
/// <param name="TeamId">The territorial team whose meeting it is; or give <paramref name="CouncilId"/>.</param>
/// <param name="CouncilId">The council whose meeting it is; or give <paramref name="TeamId"/>.</param>
/// <param name="HeldOn">The day it was held; not in the future.</param>
/// <param name="Agenda">Its items, 1 to 30, each at most 500 characters.</param>
/// <param name="Attendees">Who attended, at most 100: for a team's meeting, ids of institutions of its region; for a council's,
/// ids of the council's members.</param>
/// <param name="Decisions">The decisions taken, at most 50, each at most 2,000 characters; may be empty.</param>
public sealed record CreateMeetingRequest(
    Guid? TeamId = null, Guid? CouncilId = null, DateOnly? HeldOn = null, IReadOnlyList<string>? Agenda = null,
    IReadOnlyList<Guid>? Attendees = null, IReadOnlyList<string>? Decisions = null) : IMeetingContent;

/// <summary>The body of <c>PUT /api/network/meetings/{id}</c>: the meeting's day, agenda, attendees and decisions, replaced.</summary>
/// <param name="HeldOn">Not in the future.</param>
/// <param name="Agenda">1 to 30 items, each at most 500 characters.</param>
/// <param name="Attendees">At most 100 ids, of institutions of the team's region or of the council's members.</param>
/// <param name="Decisions">At most 50, each at most 2,000 characters.</param>
public sealed record UpdateMeetingRequest(
    DateOnly? HeldOn = null, IReadOnlyList<string>? Agenda = null, IReadOnlyList<Guid>? Attendees = null,
    IReadOnlyList<string>? Decisions = null) : IMeetingContent;

/// <summary>The rules of a meeting's content, for both bodies.</summary>
public abstract class MeetingContentValidator<T> : RequestValidator<T> where T : IMeetingContent
{
    protected MeetingContentValidator(TimeProvider clock)
    {
        RuleFor(r => r.HeldOn).NotNull().NotInFuture(clock);
        RuleFor(r => r.Agenda).NotEmpty().AtMost(WorkingMeeting.MaxAgendaItems);
        RuleForEach(r => r.Agenda).RequiredText(WorkingMeeting.MaxAgendaItemLength);
        RuleFor(r => r.Attendees).NotNull().AtMost(WorkingMeeting.MaxAttendees);
        RuleForEach(r => r.Attendees).NotEqual(Guid.Empty);
        RuleFor(r => r.Decisions).NotNull().AtMost(WorkingMeeting.MaxDecisions);
        RuleForEach(r => r.Decisions).RequiredText(WorkingMeeting.MaxDecisionLength);
    }
}

public sealed class CreateMeetingRequestValidator : MeetingContentValidator<CreateMeetingRequest>
{
    public CreateMeetingRequestValidator(TimeProvider clock) : base(clock)
    {
        RuleFor(r => r.TeamId).NotNull().When(r => r.CouncilId is null).WithMessage(_ => OneOwner());
        RuleFor(r => r.CouncilId).NotNull().When(r => r.TeamId is null).WithMessage(_ => OneOwner());
        RuleFor(r => r.CouncilId).Null().When(r => r.TeamId is not null).WithMessage(_ => OneOwner());
    }

    private static string OneOwner() => ReaderLanguage.Pick(
        "Посочете teamId или councilId (едното от двете).", "Give teamId or councilId (one of them).",
        "Indiquez teamId ou councilId (l'un des deux).");
}

public sealed class UpdateMeetingRequestValidator(TimeProvider clock) : MeetingContentValidator<UpdateMeetingRequest>(clock);

/// <summary>The filters of <c>GET /api/network/meetings</c>: one of them.</summary>
/// <param name="Region">The meetings of this region's territorial team (ISO 3166-2:BG code).</param>
/// <param name="CouncilId">The meetings of this council.</param>
public sealed record MeetingQuery(string? Region = null, string? CouncilId = null)
{
    /// <summary>The council's id, once validated.</summary>
    public Guid? Council => Guid.TryParse(CouncilId, out var id) ? id : null;
}

public sealed class MeetingQueryValidator : RequestValidator<MeetingQuery>
{
    public MeetingQueryValidator()
    {
        RuleFor(q => q.Region).NotEmpty().When(q => q.CouncilId is null).WithMessage(_ => OneFilter());
        RuleFor(q => q.Region).Null().When(q => q.CouncilId is not null).WithMessage(_ => OneFilter());
        RuleFor(q => q.Region).RegionCode().KnownRegion();
        RuleFor(q => q.CouncilId).Must(id => id is null || Guid.TryParse(id, out _))
            .WithMessage(_ => ReaderLanguage.Pick("Невалиден идентификатор.", "Not a valid id.", "Identifiant non valide."));
    }

    private static string OneFilter() => ReaderLanguage.Pick(
        "Посочете region или councilId (едното от двете).", "Give region or councilId (one of them).",
        "Indiquez region ou councilId (l'un des deux).");
}

internal static class ListRules
{
    /// <summary>A list of at most <paramref name="max"/> items when given.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> AtMost<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, int max) =>
        rule.Must(list => list is null || list.Count <= max)
            .WithMessage(_ => ReaderLanguage.Pick($"Разрешени са най-много {max} елемента.", $"At most {max} items are allowed.",
                $"{max} éléments au plus sont autorisés."));
}
