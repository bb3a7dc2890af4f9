using FluentValidation;
using Justice.Api;
using Justice.Training.Domain.Materials;

namespace Justice.Training.Api.Materials;

/// <summary>The body of <c>POST /api/training/materials</c>.</summary>
/// <param name="Kind">manual, presentation, case-study, handout or film.</param>
/// <param name="Competencies">Codes of the competencies the material develops (C1…C8).</param>
/// <param name="Public">Whether anyone may read and download it on the public website; false when left out.</param>
public sealed record CreateMaterialRequest(string Kind, MaterialTitles Titles, IReadOnlyList<string> Competencies, bool Public = false);

public sealed class CreateMaterialRequestValidator : RequestValidator<CreateMaterialRequest>
{
    public CreateMaterialRequestValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().OneOf([.. MaterialKinds.Codes]);
        RuleFor(r => r.Titles).SetValidator(new MaterialTitlesValidator());
        RuleFor(r => r.Competencies).KnownCompetencies();
        RuleForEach(r => r.Competencies).NotNull();
    }
}
