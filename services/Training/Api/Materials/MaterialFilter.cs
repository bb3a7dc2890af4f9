using FluentValidation;
using Justice.Api;
using Justice.Training.Domain.Materials;

namespace Justice.Training.Api.Materials;

/// <summary>Which materials a list shows (<c>?kind=handout&amp;competency=C7&amp;language=en</c>).</summary>
/// <param name="Language">Only materials with a version in this language.</param>
public sealed record MaterialFilter(string? Kind = null, string? Competency = null, string? Language = null);

public sealed class MaterialFilterValidator : RequestValidator<MaterialFilter>
{
    public MaterialFilterValidator()
    {
        RuleFor(f => f.Kind).OneOf([.. MaterialKinds.Codes]);
        RuleFor(f => f.Competency).Competency();
        RuleFor(f => f.Language).Language();
    }
}
