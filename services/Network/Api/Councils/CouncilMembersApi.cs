using Justice.Network.Domain.Councils;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Councils;

/// <summary>
/// A council's members (<c>/councils/{id}/members</c>): organisations added and removed by the council's managers. A
/// removed member stays on record, so that the meetings it attended still name it.
/// </summary>
public static class CouncilMembersApi
{
    public static RouteGroupBuilder MapCouncilMembersApi(this IEndpointRouteBuilder councils)
    {
        var members = councils.MapGroup("/{id:guid}/members");
        members.MapPost("/", Add)
            .WithName("AddCouncilMember")
            .WithSummary("Adds an organisation to the council in a role (its managers): one chair and one secretary at a time.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        members.MapDelete("/{memberId:guid}", Remove)
            .WithName("RemoveCouncilMember")
            .WithSummary("Removes an organisation from the council (its managers).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return members;
    }

    public static async Task<Results<Created<CouncilMemberView>, ProblemHttpResult>> Add(
        Guid id, AddCouncilMemberRequest request, HttpContext http, [AsParameters] CouncilServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "council-member-add", manage: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var council = found.Value;
        if (request.InstitutionId is { } institutionId
            && !await services.Db.Institutions.AnyAsync(
                i => i.Id == institutionId && (council.RegionCode == null || i.RegionCode == council.RegionCode), cancellationToken))
        {
            return Problems.Invalid("institutionId", council.RegionCode is null
                ? "There is no institution with this id."
                : $"There is no institution with this id in {council.RegionCode}.");
        }
        var organisation = request.Organisation!.Trim();
        var current = council.Members.Where(m => m.IsCurrent).ToList();
        if (current.Any(m => string.Equals(m.Organisation, organisation, StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.Conflict("This organisation already sits on the council.");
        }
        if (CouncilRoles.HeldByOne.Contains(request.Role!) && current.Any(m => m.Role == request.Role))
        {
            return Problems.Conflict($"The council already has a {request.Role}: remove it before adding another.");
        }
        if (current.Count >= SupportCouncil.MaxMembers)
        {
            return Problems.Conflict($"A council has at most {SupportCouncil.MaxMembers} members.");
        }
        var member = new CouncilMember
        {
            Id = Guid.NewGuid(),
            CouncilId = council.Id,
            Organisation = organisation,
            Role = request.Role!,
            InstitutionId = request.InstitutionId,
            AddedAt = services.Clock.GetUtcNow(),
        };
        services.Db.CouncilMembers.Add(member);
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "council-member-add", $"council/{id}/member/{member.Id}", "done");
        return TypedResults.Created($"/api/network/councils/{id}", CouncilMemberView.From(member));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid id, Guid memberId, HttpContext http, [AsParameters] CouncilServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "council-member-remove", manage: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var member = found.Value.Members.SingleOrDefault(m => m.Id == memberId && m.IsCurrent);
        if (member is null)
        {
            return Problems.NotFound("Member not found", "The council has no current member with this id.");
        }
        member.RemovedAt = services.Clock.GetUtcNow();
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "council-member-remove", $"council/{id}/member/{memberId}", "done");
        return TypedResults.NoContent();
    }
}
