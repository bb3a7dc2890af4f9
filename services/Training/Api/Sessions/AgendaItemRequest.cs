using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;

namespace Justice.Training.Api.Sessions;

/// <summary>One block of a planned session's agenda.</summary>
/// <param name="Day">The day of the session, from 1.</param>
/// <param name="Competencies">Codes of the published framework the block develops, e.g. <c>C1</c>.</param>
/// <param name="Materials">Ids of training materials of the package the block uses.</param>
public sealed record AgendaItemRequest(
    int Day, string Topic, IReadOnlyList<string>? Competencies = null, IReadOnlyList<Guid>? Materials = null);

public sealed class AgendaItemRequestValidator : RequestValidator<AgendaItemRequest>
{
    /// <summary>An item on its own: its day is checked against no session's length.</summary>
    public AgendaItemRequestValidator() : this(days: 0)
    {
    }

    private AgendaItemRequestValidator(int days)
    {
        RuleFor(item => item.Day).Must(day => day >= 1 && (days < 1 || day <= days)).WithMessage(_ => days >= 1
            ? ReaderLanguage.Pick($"Дните са от 1 до {days}.", $"Days run from 1 to {days}.", $"Les jours vont de 1 à {days}.")
            : ReaderLanguage.Pick("Ден от обучението, от 1.", "A day of the session, from 1.", "Un jour de la formation, à partir de 1."));
        RuleFor(item => item.Topic).RequiredText(300);
        RuleForEach(item => item.Competencies).NotNull();
    }

    /// <summary>An item of a session of <paramref name="days"/> days (none when its dates are out of order).</summary>
    public static AgendaItemRequestValidator ForDays(int days) => new(days);
}
