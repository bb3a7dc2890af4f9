using FluentValidation;
using Justice.Api;
using Justice.Training.Domain.Materials;

namespace Justice.Training.Api.Materials;

/// <summary>A film's version kept on another site: the JSON body of <c>PUT …/versions/{language}</c>.</summary>
/// <param name="ExternalUrl">An https link to the film on another site.</param>
public sealed record ExternalLinkRequest(string ExternalUrl);

/// <summary>The link's text; whether it may be a link at all (a film's https link) is decided with the material.</summary>
public sealed class ExternalLinkRequestValidator : RequestValidator<ExternalLinkRequest>
{
    public ExternalLinkRequestValidator() => RuleFor(r => r.ExternalUrl).RequiredText(MaterialVersion.MaxUrlLength);
}
