using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.ServiceDefaults.Http;
using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api.Sessions;

/// <summary>The body of <c>POST /api/training/sessions</c>.</summary>
/// <param name="Kind"><c>regional</c> (default: practitioners of one region) or <c>national</c> (decision makers).</param>
/// <param name="RegionCode">The judicial region of a regional session, e.g. <c>BG-05</c>; none for a national one.</param>
/// <param name="Capacity">Places before the waiting list starts; default 35.</param>
/// <param name="TrainerIds">Account ids of the trainers who run the session.</param>
public sealed record CreateSessionRequest(
    string Title, string Venue, DateOnly StartsOn, DateOnly EndsOn, string? Kind = null, string? RegionCode = null,
    int? Capacity = null, IReadOnlyList<string>? TrainerIds = null, IReadOnlyList<AgendaItemRequest>? Agenda = null);

public sealed class CreateSessionRequestValidator : RequestValidator<CreateSessionRequest>
{
    public CreateSessionRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).OneOf(SessionKinds.Names);
        When(r => r.Kind is null or SessionKinds.Regional, () => RuleFor(r => r.RegionCode).NotEmpty().RegionCode());
        When(r => r.Kind is SessionKinds.National, () => RuleFor(r => r.RegionCode).Null().WithMessage(_ => ReaderLanguage.Pick(
            "Националното обучение няма съдебен район.", "A national session has no judicial region.",
            "Une formation nationale n'a pas de région judiciaire.")));
        RuleFor(r => r.Title).RequiredText(200);
        RuleFor(r => r.Venue).RequiredText(200);
        RuleFor(r => r.StartsOn)
            .Must(startsOn => startsOn >= TrainingSession.EarliestStart).WithMessage(_ => ReaderLanguage.Pick(
                $"Програмата започва през {TrainingSession.EarliestStart.Year} г.: обучение не може да започне по-рано.",
                $"The programme starts in {TrainingSession.EarliestStart.Year}: no session starts earlier.",
                $"Le programme commence en {TrainingSession.EarliestStart.Year} : aucune formation ne commence avant."))
            .Must(startsOn => startsOn <= ProgrammeTime.Today(clock).AddYears(TrainingSession.MaxYearsAhead))
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Обученията се планират най-много {TrainingSession.MaxYearsAhead} години напред.",
                $"Sessions are planned at most {TrainingSession.MaxYearsAhead} years ahead.",
                $"Les formations sont planifiées au plus {TrainingSession.MaxYearsAhead} ans à l'avance."));
        RuleFor(r => r.EndsOn)
            .Must((r, _) => Days(r) >= 1).WithMessage(_ => ReaderLanguage.Pick(
                "Обучението не може да завърши преди да започне.", "The session cannot end before it starts.",
                "La formation ne peut pas finir avant de commencer."))
            .Must((r, _) => Days(r) <= TrainingSession.MaxDays).WithMessage(_ => ReaderLanguage.Pick(
                $"Обучението трае най-много {TrainingSession.MaxDays} дни (обикновено два).",
                $"A session lasts at most {TrainingSession.MaxDays} days (normally two).",
                $"Une formation dure au plus {TrainingSession.MaxDays} jours (normalement deux)."));
        RuleFor(r => r.Capacity).InclusiveBetween(1, TrainingSession.MaxCapacity).WithMessage(_ => ReaderLanguage.Pick(
            $"Местата са от 1 до {TrainingSession.MaxCapacity}; по подразбиране {TrainingSession.DefaultCapacity}.",
            $"Capacity runs from 1 to {TrainingSession.MaxCapacity}; the default is {TrainingSession.DefaultCapacity}.",
            $"La capacité va de 1 à {TrainingSession.MaxCapacity} ; par défaut {TrainingSession.DefaultCapacity}."));
        RuleForEach(r => r.TrainerIds).NotNull();
        RuleFor(r => r.TrainerIds)
            .Must(ids => ids is null || (ids.Count <= TrainingSession.MaxTrainers && ids.All(id => id is null || IsAccountId(id))))
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Посочете до {TrainingSession.MaxTrainers} идентификатора на профили на обучители, всеки до 100 знака.",
                $"Give up to {TrainingSession.MaxTrainers} account ids of trainers, each at most 100 characters.",
                $"Indiquez jusqu'à {TrainingSession.MaxTrainers} identifiants de comptes de formateurs, de 100 caractères au plus."));
        RuleFor(r => r.Agenda).Must(items => items is null || items.Count <= TrainingSession.MaxAgendaItems)
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Най-много {TrainingSession.MaxAgendaItems} точки в програмата.", $"At most {TrainingSession.MaxAgendaItems} agenda items.",
                $"{TrainingSession.MaxAgendaItems} points au plus dans le programme."));
        RuleForEach(r => r.Agenda).NotNull().SetValidator((r, _) => AgendaItemRequestValidator.ForDays(Days(r)));
    }

    private static int Days(CreateSessionRequest r) => r.EndsOn.DayNumber - r.StartsOn.DayNumber + 1;

    private static bool IsAccountId(string id) => !string.IsNullOrWhiteSpace(id) && id.Length <= 100 && !InvisibleCharacters.Any(id);
}
