using Justice.Api;
using Justice.Network.Domain.Cases;
using Justice.Network.Reference;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Cases;

/// <summary>
/// What the case's victim was told of their rights (Art. 4(1)(a)–(k) from the first contact, Art. 6 as the
/// proceedings go on): the checklist of information-rights.csv, each item with when and by which institution.
/// </summary>
public static class InformationApi
{
    public static void MapInformationApi(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}/information", List)
            .WithName("GetCaseInformationChecklist")
            .WithSummary("Every item of the information checklist (names in the reader's language), told or not, when and by whom.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPut("/{id:guid}/information/{rightCode}", Record)
            .WithName("RecordVictimInformed")
            .WithSummary("Records when, and by which institution of the region, the victim was told of one item of the checklist.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<IReadOnlyList<InformationItemView>>, ProblemHttpResult>> List(
        Guid id, HttpContext http, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "case-information-read", tracked: false, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var given = await services.Db.InformationGiven.AsNoTracking().Where(i => i.CaseId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(InformationItemView.Checklist(given));
    }

    public static async Task<Results<Ok<InformationItemView>, ProblemHttpResult>> Record(
        Guid id, string rightCode, RecordInformedRequest request, HttpContext http, [AsParameters] CaseServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "case-information", tracked: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        if (NetworkReference.InformationRights.SingleOrDefault(r => r.Code == rightCode) is not { } right)
        {
            return Problems.NotFound(ReaderLanguage.Pick("Няма такава точка", "Checklist item not found", "Élément introuvable"),
                ReaderLanguage.Pick("Списъкът за информиране няма точка с този код.", "The information checklist has no item with this code.",
                    "La liste d'information n'a aucun élément portant ce code."));
        }
        var @case = found.Value;
        if (!@case.IsOpen)
        {
            return CaseServices.Closed();
        }
        var institution = request.InstitutionId!.Value;
        if (await services.FirstOutsideRegionAsync(@case.RegionCode, [institution], cancellationToken) is not null)
        {
            return CaseServices.NotOfRegion("institutionId");
        }
        var now = services.Clock.GetUtcNow();
        var given = await services.Db.InformationGiven.SingleOrDefaultAsync(i => i.CaseId == id && i.RightCode == right.Code, cancellationToken);
        if (given is null)
        {
            given = new VictimInformed
            {
                CaseId = id, RightCode = right.Code, InformedAt = default, InstitutionId = institution, RecordedAt = now,
                RecordedBy = http.User.Actor(),
            };
            services.Db.InformationGiven.Add(given);
        }
        given.InformedAt = request.InformedAt!.Value.ToUniversalTime();
        given.InstitutionId = institution;
        given.RecordedAt = now;
        given.RecordedBy = http.User.Actor();
        if (await services.SaveAsync(@case, http, "case-information", cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(InformationItemView.Of(right, given));
    }
}
