using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Training.Domain.Competencies;

namespace Justice.Training.Api.CompetencyFramework;

/// <summary>
/// The body of <c>PUT …/versions/{number}/profiles/{profession}</c>: the level (1–3) the profession needs in each
/// competency, by code, e.g. <c>{"C1": 2, "C5": 3}</c>. Competencies left out keep their level.
/// </summary>
public sealed class ProfileLevels() : Dictionary<string, int>(StringComparer.Ordinal);

public sealed class ProfileLevelsValidator : RequestValidator<ProfileLevels>
{
    public static string OffTheScale => ReaderLanguage.Pick(
        "Нивата са от 1 (осведомен) до 3 (експерт).",
        "Levels run from 1 (aware) to 3 (expert).",
        "Les niveaux vont de 1 (sensibilisé) à 3 (expert).");

    public ProfileLevelsValidator() =>
        // Each bad level is named by its competency's code, as the body names it.
        RuleFor(levels => levels).Custom((levels, context) =>
        {
            foreach (var (code, level) in levels.Where(pair => !ProficiencyScale.IsLevel(pair.Value)))
            {
                context.AddFailure(code, OffTheScale);
            }
        });
}
