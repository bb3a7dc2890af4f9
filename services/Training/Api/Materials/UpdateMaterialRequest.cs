using FluentValidation;
using Justice.Api;

namespace Justice.Training.Api.Materials;

/// <summary>The body of <c>PUT /api/training/materials/{id}</c>: the titles, competencies and visibility replace the old ones.</summary>
/// <param name="Competencies">Codes of the competencies the material develops (C1…C8).</param>
/// <param name="Public">Whether anyone may read and download it on the public website; false when left out.</param>
public sealed record UpdateMaterialRequest(MaterialTitles Titles, IReadOnlyList<string> Competencies, bool Public = false);

public sealed class UpdateMaterialRequestValidator : RequestValidator<UpdateMaterialRequest>
{
    public UpdateMaterialRequestValidator()
    {
        RuleFor(r => r.Titles).SetValidator(new MaterialTitlesValidator());
        RuleFor(r => r.Competencies).KnownCompetencies();
        RuleForEach(r => r.Competencies).NotNull();
    }
}
