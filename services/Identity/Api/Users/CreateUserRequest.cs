using FluentValidation;
using Justice.Api;

namespace Justice.Identity.Api.Users;

/// <summary>The body of <c>POST /api/identity/users</c>.</summary>
/// <param name="UserName">What they sign in with: letters, digits and <c>. _ @ -</c>, at most 100 characters.</param>
/// <param name="Password">At least 12 characters, 5 of them different: a passphrase is best.</param>
/// <param name="Role">One role, e.g. <c>trainer</c>, <c>regional-coordinator</c>, <c>national-admin</c>.</param>
/// <param name="Institution">Name of their institution, at most 200 characters.</param>
/// <param name="RegionCode">Their judicial region, e.g. <c>BG-05</c>: required for regional roles, absent for national ones.</param>
public sealed record CreateUserRequest(string UserName, string Password, string Role, string Institution, string? RegionCode = null);

public sealed class CreateUserRequestValidator : RequestValidator<CreateUserRequest>
{
    public CreateUserRequestValidator()
    {
        RuleFor(r => r.UserName).UserName();
        // The password policy (length, distinct characters) is Identity's: the handler reports what it refuses.
        RuleFor(r => r.Password).NotEmpty();
        RuleFor(r => r.Role).Role();
        RuleFor(r => r.RegionCode).RegionOfRole(r => r.Role);
        RuleFor(r => r.Institution).RequiredText(UserRules.MaxInstitutionLength);
    }
}
