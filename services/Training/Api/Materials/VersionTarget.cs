using FluentValidation;
using Justice.Api;

namespace Justice.Training.Api.Materials;

/// <summary>The version an upload makes or replaces: the material's id and the language, from the route.</summary>
public sealed record VersionTarget(Guid Id, string Language);

public sealed class VersionTargetValidator : RequestValidator<VersionTarget>
{
    public VersionTargetValidator() => RuleFor(t => t.Language).NotEmpty().Language();
}
