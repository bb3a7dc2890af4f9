using FluentValidation;
using Justice.Api;
using Justice.Identity.Api.TwoFactor;
using Justice.Identity.Api.Users;

namespace Justice.Identity.Api.Passwords;

/// <summary>The body of <c>POST /api/identity/me/password</c>.</summary>
/// <param name="CurrentPassword">The password the caller has now.</param>
/// <param name="Password">The new one: at least 12 characters, not a common one, not the current one.</param>
/// <param name="Code">The authenticator's current code, when two-factor sign-in is on.</param>
public sealed record ChangePasswordRequest(string CurrentPassword, string Password, string? Code = null);

/// <summary>
/// The body of <c>POST /account/password</c>, with no token: how someone whose password was chosen by another (and who
/// therefore gets no token) sets their own. Checked and throttled exactly as a sign-in is.
/// </summary>
/// <param name="UserName">What they sign in with.</param>
public sealed record AccountPasswordRequest(string UserName, string CurrentPassword, string Password, string? Code = null);

public sealed class ChangePasswordRequestValidator : RequestValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty();
        RuleFor(r => r.Password).NotEmpty();
        RuleFor(r => r.Code).OptionalText(ConfirmTwoFactorRequestValidator.MaxCodeLength);
    }
}

public sealed class AccountPasswordRequestValidator : RequestValidator<AccountPasswordRequest>
{
    public AccountPasswordRequestValidator()
    {
        RuleFor(r => r.UserName).RequiredText(UserRules.MaxUserNameLength);
        RuleFor(r => r.CurrentPassword).NotEmpty();
        RuleFor(r => r.Password).NotEmpty();
        RuleFor(r => r.Code).OptionalText(ConfirmTwoFactorRequestValidator.MaxCodeLength);
    }
}
