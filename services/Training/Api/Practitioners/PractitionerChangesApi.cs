using Justice.Security;
using Justice.ServiceDefaults.Http;
using Justice.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Practitioners;

/// <summary>
/// Corrections to a practitioner record and its link to the practitioner's own account, by national admins and the
/// coordinators of the record's region. Every change is audited; another region's record is, for the caller, a
/// record that does not exist. The region and profession stay as registered (the roster counts by them).
/// </summary>
public static class PractitionerChangesApi
{
    public static RouteGroupBuilder MapPractitionerChangesApi(this RouteGroupBuilder practitioners)
    {
        var organisers = practitioners.MapGroup("/{id:guid}")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator));
        organisers.MapPut("/", Update)
            .WithName("UpdatePractitioner")
            .WithSummary("Corrects a practitioner's name, institution and certificate language.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        organisers.MapPut("/account", Link)
            .WithName("LinkPractitionerAccount")
            .WithSummary("Links the record to the practitioner's own account (a practitioner of the record's region).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        organisers.MapDelete("/account", Unlink)
            .WithName("UnlinkPractitionerAccount")
            .WithSummary("Removes the link between the record and an account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return practitioners;
    }

    public static async Task<Results<Ok<PractitionerView>, ProblemHttpResult>> Update(
        Guid id, UpdatePractitionerRequest request, HttpContext http, [AsParameters] PractitionerServices services,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(id, http, services, "practitioner-update", cancellationToken) is not { } practitioner)
        {
            return NotFound();
        }
        practitioner.FullName = PractitionerRules.NormalizeFullName(request.FullName);
        practitioner.Institution = request.Institution.Trim();
        practitioner.Language = request.Language ?? practitioner.Language;
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "practitioner-update", id.ToString(), "done");
        return TypedResults.Ok(PractitionerView.From(practitioner));
    }

    public static async Task<Results<Ok<PractitionerView>, ProblemHttpResult>> Link(
        Guid id, LinkAccountRequest request, HttpContext http, [AsParameters] PractitionerServices services,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(id, http, services, "practitioner-link", cancellationToken) is not { } practitioner)
        {
            return NotFound();
        }
        var userId = request.UserId.Trim();
        if (await PractitionerAccounts.RefusalAsync(userId, practitioner.RegionCode, practitioner.Id, services, cancellationToken) is { } refusal)
        {
            await services.Audit.RecordAsync(http, "practitioner-link", id.ToString(), "refused-account");
            return refusal;
        }
        practitioner.UserId = userId;
        if (await PractitionerAccounts.SaveAsync(services, cancellationToken) is { } conflict)
        {
            await services.Audit.RecordAsync(http, "practitioner-link", id.ToString(), "refused-account");
            return conflict;
        }
        await services.Audit.RecordAsync(http, "practitioner-link", id.ToString(), "done");
        return TypedResults.Ok(PractitionerView.From(practitioner));
    }

    public static async Task<Results<Ok<PractitionerView>, ProblemHttpResult>> Unlink(
        Guid id, HttpContext http, [AsParameters] PractitionerServices services, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, http, services, "practitioner-unlink", cancellationToken) is not { } practitioner)
        {
            return NotFound();
        }
        practitioner.UserId = null;
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "practitioner-unlink", id.ToString(), "done");
        return TypedResults.Ok(PractitionerView.From(practitioner));
    }

    /// <summary>The record, tracked, if the caller may change it; a refusal is audited as <paramref name="action"/>.</summary>
    private static async Task<Practitioner?> FindAsync(
        Guid id, HttpContext http, PractitionerServices services, string action, CancellationToken cancellationToken)
    {
        var practitioner = await services.Db.Practitioners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practitioner is not null && !http.User.MaySeeRegion(practitioner.RegionCode))
        {
            await services.Audit.RecordAsync(http, action, id.ToString(), "refused");
            return null;
        }
        return practitioner;
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("Practitioner not found", "There is no practitioner with this id.");
}
