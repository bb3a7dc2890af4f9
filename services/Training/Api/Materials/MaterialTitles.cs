using FluentValidation;
using Justice.Api;
using Justice.Training.Domain.Materials;

namespace Justice.Training.Api.Materials;

/// <summary>The title in each language: Bulgarian required, English and French when the material has them.</summary>
public sealed record MaterialTitles(string Bg, string? En = null, string? Fr = null);

public sealed class MaterialTitlesValidator : RequestValidator<MaterialTitles>
{
    public MaterialTitlesValidator()
    {
        RuleFor(t => t.Bg).RequiredText(Material.MaxTitleLength);
        // A language given is a title in it: not blank.
        RuleFor(t => t.En).RequiredText(Material.MaxTitleLength).When(t => t.En is not null);
        RuleFor(t => t.Fr).RequiredText(Material.MaxTitleLength).When(t => t.Fr is not null);
    }
}
