using System.Text.Json.Serialization;
using FluentValidation;
using Justice.Api;
using Justice.Publicity.Api.Publications;
using Justice.Publicity.Domain.Films;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Api.Films;

/// <summary>The body of <c>POST /api/publicity/films</c> and of <c>PUT /api/publicity/films/{id}</c> (which replaces it all).</summary>
/// <param name="Title">The title in Bulgarian (required), English and French (when translated), at most 300 characters each.</param>
/// <param name="Description">What the film shows, in the same languages, at most 4,000 characters each.</param>
/// <param name="Competencies">Codes of the framework's competencies the film illustrates (C1…), at least one.</param>
public sealed record FilmRequest(FilmTextRequest? Title = null, FilmTextRequest? Description = null, IReadOnlyList<string>? Competencies = null)
{
    /// <summary>The competencies, each once, in code order.</summary>
    [JsonIgnore]
    public List<string> CompetencyCodes => [.. (Competencies ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>A text in Bulgarian (required), and in English and French when translated.</summary>
public sealed record FilmTextRequest(string? Bg = null, string? En = null, string? Fr = null);

public sealed class FilmRequestValidator : RequestValidator<FilmRequest>
{
    public FilmRequestValidator()
    {
        RuleFor(r => r.Title).NotNull().ChildRules(text =>
        {
            text.RuleFor(t => t!.Bg).RequiredText(TrainingFilm.MaxTitleLength);
            text.RuleFor(t => t!.En).RequiredText(TrainingFilm.MaxTitleLength).When(t => t!.En is not null);
            text.RuleFor(t => t!.Fr).RequiredText(TrainingFilm.MaxTitleLength).When(t => t!.Fr is not null);
        });
        // A description may run to paragraphs.
        RuleFor(r => r.Description).NotNull().ChildRules(text =>
        {
            text.RuleFor(t => t!.Bg).NotEmpty().MultilineText(TrainingFilm.MaxDescriptionLength);
            text.RuleFor(t => t!.En).NotEmpty().MultilineText(TrainingFilm.MaxDescriptionLength).When(t => t!.En is not null);
            text.RuleFor(t => t!.Fr).NotEmpty().MultilineText(TrainingFilm.MaxDescriptionLength).When(t => t!.Fr is not null);
        });
        RuleFor(r => r.Competencies).NotEmpty();
        RuleForEach(r => r.Competencies).Must(code => code is not null && FilmCompetencies.Exists(code))
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Не е компетентност от рамката ({FilmCompetencies.Listed}).",
                $"Not a competency of the framework ({FilmCompetencies.Listed}).",
                $"Pas une compétence du référentiel ({FilmCompetencies.Listed})."));
    }
}


/// <summary>A film version the route names: the film's id and the language (<c>bg</c>, <c>fr</c> or <c>en</c>).</summary>
public sealed record FilmVersionTarget(Guid Id, string Language);

public sealed class FilmVersionTargetValidator : RequestValidator<FilmVersionTarget>
{
    public FilmVersionTargetValidator() => RuleFor(t => t.Language).NotEmpty().Language();
}

/// <summary>A version kept on another site: the JSON body of <c>PUT /api/publicity/films/{id}/versions/{language}</c>.</summary>
/// <param name="ExternalUrl">An https link to the film, at most 2,000 characters.</param>
public sealed record FilmLinkRequest(string? ExternalUrl = null);

public sealed class FilmLinkRequestValidator : RequestValidator<FilmLinkRequest>
{
    public FilmLinkRequestValidator() => RuleFor(r => r.ExternalUrl).RequiredText(FilmVersion.MaxUrlLength)
        .Must(url => FilmVersion.IsHttpsLink(url!.Trim()))
        .WithMessage(_ => ReaderLanguage.Pick(
            "Използвайте пълен адрес с https://.", "Use a full address starting with https://.", "Utilisez une adresse complète en https://."));
}
