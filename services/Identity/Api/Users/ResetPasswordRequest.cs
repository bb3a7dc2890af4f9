using FluentValidation;
using Justice.Api;

namespace Justice.Identity.Api.Users;

/// <summary>The body of <c>POST /api/identity/users/{id}/password</c>.</summary>
/// <param name="Password">The new password, at least 12 characters and not a common one; its holder must change it at first sign-in.</param>
public sealed record ResetPasswordRequest(string Password);

public sealed class ResetPasswordRequestValidator : RequestValidator<ResetPasswordRequest>
{
    // The password policy is Identity's: the handler reports what it refuses, naming the field.
    public ResetPasswordRequestValidator() => RuleFor(r => r.Password).NotEmpty();
}
