using FluentValidation;
using Justice.Api;

namespace Justice.Identity.Api.Users;

/// <summary>The body of <c>PUT /api/identity/users/{id}/role</c>.</summary>
/// <param name="Role">The user's new role; it replaces the one they hold.</param>
/// <param name="RegionCode">Their judicial region, e.g. <c>BG-05</c>: required for regional roles, absent for national ones.</param>
public sealed record ChangeRoleRequest(string Role, string? RegionCode = null);

public sealed class ChangeRoleRequestValidator : RequestValidator<ChangeRoleRequest>
{
    public ChangeRoleRequestValidator()
    {
        RuleFor(r => r.Role).Role();
        RuleFor(r => r.RegionCode).RegionOfRole(r => r.Role);
    }
}
