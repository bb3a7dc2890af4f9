using FluentValidation;
using Justice.Api;
using Justice.Training.Domain.Competencies;

namespace Justice.Training.Api.CompetencyFramework;

/// <summary>The body of <c>PUT …/versions/{number}/competencies/{code}</c>: every text in every language is required.</summary>
public sealed record CompetencyTextsRequest(LocalisedText Name, LocalisedText Description)
{
    /// <summary>The texts, trimmed.</summary>
    public CompetencyTexts ToTexts() => new(
        Name.Bg.Trim(), Name.En.Trim(), Name.Fr.Trim(), Description.Bg.Trim(), Description.En.Trim(), Description.Fr.Trim());
}

/// <summary>A text in the programme's three languages.</summary>
public sealed record LocalisedText(string Bg, string En, string Fr);

public sealed class CompetencyTextsRequestValidator : RequestValidator<CompetencyTextsRequest>
{
    public CompetencyTextsRequestValidator()
    {
        RuleFor(r => r.Name).ChildRules(text => Each(text, CompetencyTexts.NameMaxLength));
        RuleFor(r => r.Description).ChildRules(text => Each(text, CompetencyTexts.DescriptionMaxLength));
    }

    private static void Each(InlineValidator<LocalisedText> text, int maxLength)
    {
        text.RuleLevelCascadeMode = CascadeMode.Stop;
        text.RuleFor(t => t.Bg).RequiredText(maxLength);
        text.RuleFor(t => t.En).RequiredText(maxLength);
        text.RuleFor(t => t.Fr).RequiredText(maxLength);
    }
}
