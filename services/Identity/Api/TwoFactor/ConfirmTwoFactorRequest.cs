using FluentValidation;
using Justice.Api;

namespace Justice.Identity.Api.TwoFactor;

/// <summary>The body of <c>POST /api/identity/me/two-factor/confirm</c>.</summary>
/// <param name="Code">The code the authenticator app shows now: 6 digits, spaces and dashes allowed.</param>
public sealed record ConfirmTwoFactorRequest(string Code);

public sealed class ConfirmTwoFactorRequestValidator : RequestValidator<ConfirmTwoFactorRequest>
{
    public const int MaxCodeLength = 20;

    public ConfirmTwoFactorRequestValidator() => RuleFor(r => r.Code).RequiredText(MaxCodeLength);
}
