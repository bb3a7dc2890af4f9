using Justice.Api;
using Justice.Contracts.Events;
using Justice.Network.Domain.Referrals;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Referrals;

/// <summary>
/// Referrals between the institutions of a case's region (Directive 2012/29/EU Art. 8–9): issued with the victim's
/// consent and a deadline, answered by the receiving institution, completed or withdrawn.
/// </summary>
public static class ReferralsApi
{
    /// <summary>The roles that may work cases; each still only in the regions <see cref="NetworkAccess.MayWorkCasesAsync"/> allows.</summary>
    public static readonly string[] Workers = [Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner];

    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder api)
    {
        var ofCase = api.MapGroup("/cases/{caseId:guid}/referrals").WithTags("Referrals")
            .RequireAuthorization(policy => policy.RequireRole(Workers));
        ofCase.MapPost("/", Issue)
            .WithName("IssueReferral")
            .WithSummary("Refers the case's victim from one institution of its region to another, with the victim's consent and a deadline.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        ofCase.MapGet("/", List)
            .WithName("ListCaseReferrals")
            .WithSummary("The case's referrals, newest first, a page at a time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var referrals = api.MapGroup("/referrals").WithTags("Referrals").RequireAuthorization(policy => policy.RequireRole(Workers));
        referrals.MapGet("/{id:guid}", Get)
            .WithName("GetReferral")
            .WithSummary("One referral: where it stands, its deadline, the consent recorded.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        referrals.MapReferralTransitionsApi();
        api.MapOverdueReferralsApi();
        return api;
    }

    public static async Task<Results<Created<ReferralView>, ProblemHttpResult>> Issue(
        Guid caseId, IssueReferralRequest request, HttpContext http, [AsParameters] ReferralServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindCaseAsync(caseId, http, "referral-issue", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        if (ReferralServices.Closed(@case) is { } closed)
        {
            return closed;
        }
        Guid from = request.FromInstitutionId!.Value, to = request.ToInstitutionId!.Value;
        var inRegion = await services.Db.Institutions.AsNoTracking()
            .Where(i => (i.Id == from || i.Id == to) && i.RegionCode == @case.RegionCode)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var notInRegion = new[] { (Field: "fromInstitutionId", Id: from), (Field: "toInstitutionId", Id: to) }
            .Where(institution => !inRegion.Contains(institution.Id))
            .ToDictionary(institution => institution.Field, _ => new[]
            {
                ReaderLanguage.Pick("Няма институция с този идентификатор в региона на случая.",
                    "No institution of the case's region has this id.", "Aucune institution de la région du dossier n'a cet identifiant."),
            }, StringComparer.Ordinal);
        if (notInRegion.Count > 0)
        {
            return Problems.Validation(notInRegion);
        }

        var now = services.Clock.GetUtcNow();
        var consent = request.Consent!;
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            RegionCode = @case.RegionCode,
            FromInstitutionId = from,
            ToInstitutionId = to,
            Purpose = request.Purpose!,
            DueBy = request.DueBy!.Value.ToUniversalTime(),
            ConsentGiven = consent.Given!.Value,
            ConsentAt = consent.At!.Value.ToUniversalTime(),
            ConsentForm = consent.Form!,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            IssuedAt = now,
            IssuedBy = http.User.Actor(),
        };
        services.Db.Referrals.Add(referral);
        services.Outbox.Add(new ReferralIssued(referral.Id, referral.CaseId, referral.RegionCode, from, to, referral.Purpose,
            referral.DueBy, now));
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "referral-issue", $"referral/{referral.Id}", "done");
        return TypedResults.Created($"/api/network/referrals/{referral.Id}", ReferralView.From(referral, now));
    }

    public static async Task<Results<Ok<PagedList<ReferralView>>, ProblemHttpResult>> List(
        Guid caseId, [AsParameters] PageQuery page, HttpContext http, [AsParameters] ReferralServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindCaseAsync(caseId, http, "referral-list", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var referrals = await services.Db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.IssuedAt).ThenBy(r => r.Id).ToPageAsync(page, cancellationToken);
        var now = services.Clock.GetUtcNow();
        return TypedResults.Ok(referrals.Select(r => ReferralView.From(r, now)));
    }

    public static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, [AsParameters] ReferralServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "referral-read", tracked: false, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(ReferralView.From(found.Value, services.Clock.GetUtcNow()));
    }
}
