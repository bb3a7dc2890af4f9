using FluentValidation;
using Justice.Api;

namespace Justice.Identity.Api.TwoFactor;

/// <summary>
/// The body of <c>POST /api/identity/me/two-factor</c> and <c>DELETE /api/identity/me/two-factor</c>: once two-factor
/// sign-in is on, changing or removing it needs a current code of the active key, or the password. A token alone (which
/// may have been stolen) is not enough.
/// </summary>
/// <param name="Code">A current code of the active authenticator key.</param>
/// <param name="Password">Or the account's password, for someone who lost their authenticator.</param>
public sealed record TwoFactorProof(string? Code = null, string? Password = null);

public sealed class TwoFactorProofValidator : RequestValidator<TwoFactorProof>
{
    public TwoFactorProofValidator() => RuleFor(r => r.Code).OptionalText(ConfirmTwoFactorRequestValidator.MaxCodeLength);
}
