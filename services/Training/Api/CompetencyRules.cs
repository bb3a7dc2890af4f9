using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Training.Catalogs;

namespace Justice.Training.Api;

/// <summary>Request rules for the competency codes that records outside the framework name (materials, supervision).</summary>
public static class CompetencyRules
{
    /// <summary>
    /// At least one code, every one a competency of the framework; the message lists them. Null elements are left to
    /// the list's own not-null rule, which names their index.
    /// </summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> KnownCompetencies<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.Must(codes => codes.Count > 0 && codes.All(code => code is null || CompetencyCatalog.Codes.Contains(code)))
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Един или повече кодове на компетентности от рамката ({CompetencyCatalog.Listed}).",
                $"One or more codes of competencies of the framework ({CompetencyCatalog.Listed}).",
                $"Un ou plusieurs codes de compétences du référentiel ({CompetencyCatalog.Listed})."));

    /// <summary>A competency code of the framework, when given (a filter).</summary>
    public static IRuleBuilderOptions<T, string?> Competency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || CompetencyCatalog.Codes.Contains(code))
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Не е компетентност от рамката ({CompetencyCatalog.Listed}).",
                $"Not a competency of the framework ({CompetencyCatalog.Listed}).",
                $"Pas une compétence du référentiel ({CompetencyCatalog.Listed})."));
}
