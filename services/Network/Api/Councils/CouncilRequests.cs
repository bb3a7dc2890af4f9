using FluentValidation;
using Justice.Api;
using Justice.Network.Domain.Councils;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Councils;

/// <summary>The body of <c>POST /api/network/councils</c>.</summary>
/// <param name="Kind"><c>national</c> (the one National Support Council) or <c>public</c> (a region's Public Support Council).</param>
/// <param name="RegionCode">The region of a public council (ISO 3166-2:BG, e.g. <c>BG-05</c>); absent for the national council.</param>
/// <param name="Name">The council's name, at most 300 characters.</param>
/// <param name="EstablishedOn">The date of the act that established it, when known; not in the future.</param>
public sealed record CreateCouncilRequest(string? Kind = null, string? RegionCode = null, string? Name = null, DateOnly? EstablishedOn = null);

/// <summary>The body of <c>PUT /api/network/councils/{id}</c>: the council's name and establishment date, replaced.</summary>
/// <param name="Name">At most 300 characters.</param>
/// <param name="EstablishedOn">Not in the future; absent when unknown.</param>
public sealed record UpdateCouncilRequest(string? Name = null, DateOnly? EstablishedOn = null);

/// <summary>The body of <c>POST /api/network/councils/{id}/members</c>: an organisation joining the council.</summary>
/// <param name="Organisation">The organisation's name, at most 300 characters (never a person's name).</param>
/// <param name="Role"><c>chair</c>, <c>deputy-chair</c>, <c>secretary</c> or <c>member</c>.</param>
/// <param name="InstitutionId">The organisation's id among Network's institutions, when it is one (of the council's region).</param>
public sealed record AddCouncilMemberRequest(string? Organisation = null, string? Role = null, Guid? InstitutionId = null);

public sealed class CreateCouncilRequestValidator : RequestValidator<CreateCouncilRequest>
{
    public CreateCouncilRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).NotEmpty().OneOf(SupportCouncil.Kinds);
        RuleFor(r => r.RegionCode).NotEmpty().When(r => r.Kind == SupportCouncil.Public)
            .WithMessage(_ => ReaderLanguage.Pick("Обществен съвет се създава за съдебен район.",
                "A public council belongs to a judicial region.", "Un conseil public appartient à une circonscription judiciaire."));
        RuleFor(r => r.RegionCode).Null().When(r => r.Kind == SupportCouncil.National)
            .WithMessage(_ => ReaderLanguage.Pick("Националният съвет няма район.", "The national council has no region.",
                "Le conseil national n'a pas de circonscription."));
        RuleFor(r => r.RegionCode).RegionCode().KnownRegion();
        RuleFor(r => r.Name).RequiredText(SupportCouncil.MaxNameLength);
        RuleFor(r => r.EstablishedOn).NotInFuture(clock);
    }
}

public sealed class UpdateCouncilRequestValidator : RequestValidator<UpdateCouncilRequest>
{
    public UpdateCouncilRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Name).RequiredText(SupportCouncil.MaxNameLength);
        RuleFor(r => r.EstablishedOn).NotInFuture(clock);
    }
}

public sealed class AddCouncilMemberRequestValidator : RequestValidator<AddCouncilMemberRequest>
{
    public AddCouncilMemberRequestValidator()
    {
        RuleFor(r => r.Organisation).RequiredText(CouncilMember.MaxOrganisationLength);
        RuleFor(r => r.Role).NotEmpty().OneOf(CouncilRoles.Codes);
        RuleFor(r => r.InstitutionId).NotEqual(Guid.Empty);
    }
}
