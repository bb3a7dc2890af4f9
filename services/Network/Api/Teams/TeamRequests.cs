using FluentValidation;
using Justice.Api;
using Justice.Network.Domain.Teams;

namespace Justice.Network.Api.Teams;

/// <summary>The body of <c>PUT /api/network/regions/{code}/team/members/{practitionerId}</c>: replaces the member's fields.</summary>
/// <param name="InstitutionId">The institution of the region the practitioner serves on the team for.</param>
/// <param name="Role"><c>coordinator</c> (at most one a team) or <c>member</c>.</param>
/// <param name="AccountId">The practitioner's own account (the subject of their token), which lets them work the region's
/// cases; absent when they have none, which also takes a former one away.</param>
public sealed record PutTeamMemberRequest(Guid? InstitutionId, string? Role, string? AccountId = null);

public sealed class PutTeamMemberRequestValidator : RequestValidator<PutTeamMemberRequest>
{
    public PutTeamMemberRequestValidator()
    {
        RuleFor(r => r.InstitutionId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Role).NotEmpty().OneOf(TeamMember.Roles);
        RuleFor(r => r.AccountId).NotEmpty().When(r => r.AccountId is not null).OptionalText(100);
    }
}
