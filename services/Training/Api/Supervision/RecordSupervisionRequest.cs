using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.ServiceDefaults.Http;

namespace Justice.Training.Api.Supervision;

/// <summary>The body of <c>POST /api/training/supervision</c>.</summary>
/// <param name="RegionCode">The judicial region where it was held, e.g. <c>BG-05</c>.</param>
/// <param name="HeldOn">When it was held: today (in Bulgaria) at the latest.</param>
/// <param name="Supervisor">Who led it, at most 200 characters.</param>
/// <param name="PractitionerIds">The practitioners of the region who took part: 1 to 100.</param>
/// <param name="CasesDiscussed">How many cases were discussed: a number only, never case or victim details.</param>
/// <param name="Competencies">Codes of the competencies worked on (C1…C8).</param>
/// <param name="TrainingSessionId">The regional training this support follows, if any.</param>
public sealed record RecordSupervisionRequest(
    string RegionCode, DateOnly HeldOn, string Supervisor, IReadOnlyList<Guid> PractitionerIds, int CasesDiscussed,
    IReadOnlyList<string> Competencies, Guid? TrainingSessionId = null)
{
    public const int MaxSupervisorLength = 200;
    public const int MaxParticipants = 100;
    public const int MaxCasesDiscussed = 1000;
}

/// <summary>The record's content rules; whether its practitioners and training belong to the region is the handler's.</summary>
public sealed class RecordSupervisionRequestValidator : RequestValidator<RecordSupervisionRequest>
{
    public RecordSupervisionRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.RegionCode).NotEmpty().RegionCode();
        RuleFor(r => r.HeldOn).Must(heldOn => heldOn <= ProgrammeTime.Today(clock))
            .WithMessage(_ => ReaderLanguage.Pick(
                "Впишете супервизията, след като се е състояла.",
                "Record supervision once it has taken place.",
                "Enregistrez la supervision une fois qu'elle a eu lieu."));
        RuleFor(r => r.Supervisor).RequiredText(RecordSupervisionRequest.MaxSupervisorLength);
        RuleFor(r => r.PractitionerIds)
            .Must(ids => ids.Distinct().Count() is >= 1 and <= RecordSupervisionRequest.MaxParticipants)
            .WithMessage(_ => ReaderLanguage.Pick(
                $"От 1 до {RecordSupervisionRequest.MaxParticipants} участвали практикуващи.",
                $"From 1 to {RecordSupervisionRequest.MaxParticipants} participating practitioners.",
                $"De 1 à {RecordSupervisionRequest.MaxParticipants} praticiens participants."));
        RuleFor(r => r.CasesDiscussed).InclusiveBetween(0, RecordSupervisionRequest.MaxCasesDiscussed)
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Число от 0 до {RecordSupervisionRequest.MaxCasesDiscussed}.",
                $"A number from 0 to {RecordSupervisionRequest.MaxCasesDiscussed}.",
                $"Un nombre de 0 à {RecordSupervisionRequest.MaxCasesDiscussed}."));
        RuleFor(r => r.Competencies).KnownCompetencies();
        RuleForEach(r => r.Competencies).NotNull();
    }
}
