using FluentValidation;
using Justice.Api;
using Justice.Training.Catalogs;
using Justice.Training.Domain;

namespace Justice.Training.Api.DecisionMakers;

/// <summary>The body of <c>POST /api/training/decision-makers</c>.</summary>
/// <param name="Body">The code of their ministry or national body, e.g. <c>MJ</c>.</param>
/// <param name="Language">The language of their certificate: bg (default), en or fr.</param>
public sealed record RegisterDecisionMakerRequest(string FullName, string Body, string Position, string? Language = null);

public sealed class RegisterDecisionMakerRequestValidator : RequestValidator<RegisterDecisionMakerRequest>
{
    public RegisterDecisionMakerRequestValidator()
    {
        RuleFor(r => r.FullName).FullName();
        RuleFor(r => r.Body).NotEmpty().OneOf(DecisionMakerBodies.Codes);
        RuleFor(r => r.Position).RequiredText(DecisionMaker.MaxPositionLength);
        RuleFor(r => r.Language).Language();
    }
}

/// <summary>Which decision makers a list shows (<c>?body=MJ</c>).</summary>
public sealed record DecisionMakerFilter(string? Body = null);

public sealed class DecisionMakerFilterValidator : RequestValidator<DecisionMakerFilter>
{
    public DecisionMakerFilterValidator() => RuleFor(f => f.Body).OneOf(DecisionMakerBodies.Codes);
}
