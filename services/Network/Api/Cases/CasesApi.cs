using Justice.Api;
using Justice.Contracts;
using Justice.Network.Domain.Cases;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Justice.Network.Api.Cases;

/// <summary>
/// Cooperation cases: opened when Assessment completes a victim's assessment (or by hand), read, given a lead
/// institution, and marked when the victim was invited to give feedback. Worked by the region's coordinators and
/// team members and by national admins; nobody else learns that a case exists.
/// </summary>
public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(policy => policy.RequireRole(CaseServices.Workers));

        cases.MapPost("/", Open)
            .WithName("OpenCase")
            .WithSummary("Opens a case by hand for a victim of the caller's region (Assessment's completion opens one by itself).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        cases.MapGet("/", List)
            .WithName("ListCases")
            .WithSummary("Cases of a region the caller works (theirs by default; every region for national admins), newest first.");
        cases.MapGet("/{id:guid}", Get)
            .WithName("GetCase")
            .WithSummary("One case with everything recorded on it, and whether its first planning conference is on time.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPut("/{id:guid}/lead", SetLead)
            .WithName("SetCaseLead")
            .WithSummary("Makes an institution of the case's region its lead.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cases.MapPost("/{id:guid}/feedback-invitation", InviteFeedback)
            .WithName("RecordFeedbackInvitation")
            .WithSummary("Records when the victim was invited to Assessment's feedback questionnaire.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cases.MapCasePlanApi();
        cases.MapConferencesApi();
        cases.MapInterviewsApi();
        cases.MapInformationApi();
        cases.MapCaseClosureApi();
        return cases;
    }

    public static async Task<Results<Created<CaseView>, ProblemHttpResult>> Open(
        OpenCaseRequest request, HttpContext http, [AsParameters] CaseServices services, NetworkMetrics metrics,
        CancellationToken cancellationToken)
    {
        var regionCode = JudicialRegionCode.Normalize(request.RegionCode!);
        if (!await http.MayWorkCasesAsync(regionCode, services.Db, cancellationToken))
        {
            await http.RefuseAsync(services.Audit, "case-open", regionCode);
            return Problems.Forbidden("You may open cases of a region whose cases you work only.");
        }
        if (request.LeadInstitutionId is { } lead && await services.FirstOutsideRegionAsync(regionCode, [lead], cancellationToken) is not null)
        {
            return CaseServices.NotOfRegion("leadInstitutionId");
        }
        var victimId = request.VictimId!.Value;
        if (await services.Db.Cases.AnyAsync(c => c.VictimId == victimId, cancellationToken))
        {
            return AlreadyOpen();
        }
        var @case = CaseOpening.Open(victimId, regionCode, request.AgeGroup!, CooperationCase.Manual,
            services.Clock.GetUtcNow(), http.User.Actor());
        services.Outbox.Add(CaseOpening.Opened(@case));
        @case.LeadInstitutionId = request.LeadInstitutionId;
        services.Db.Cases.Add(@case);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Assessment's completion, or another caller, opened the victim's case at the same moment.
            return AlreadyOpen();
        }
        await services.Audit.RecordAsync(http, "case-open", CaseServices.Target(@case.Id), "done");
        metrics.CaseOpened(@case.RegionCode, CooperationCase.Manual);
        return TypedResults.Created($"/api/network/cases/{@case.Id}", await LoadViewAsync(@case, services, cancellationToken));
    }

    public static async Task<Results<Ok<PagedList<CaseSummary>>, ProblemHttpResult>> List(
        [AsParameters] CaseListQuery query, [AsParameters] PageQuery page, HttpContext http, [AsParameters] CaseServices services,
        CancellationToken cancellationToken)
    {
        var region = query.Region is { } asked ? JudicialRegionCode.Normalize(asked)
            : http.User.HasRole(Roles.NationalAdmin) ? null
            : http.User.RegionCode();
        if ((region is null && !http.User.HasRole(Roles.NationalAdmin))
            || (region is not null && !await http.MayWorkCasesAsync(region, services.Db, cancellationToken)))
        {
            await http.RefuseAsync(services.Audit, "case-list", region ?? "national");
            return Problems.Forbidden("You may list the cases of a region whose cases you work only.");
        }
        var cases = services.Db.Cases.AsNoTracking();
        if (region is not null)
        {
            cases = cases.Where(c => c.RegionCode == region);
        }
        cases = query.Status switch
        {
            CaseListQuery.Open => cases.Where(c => c.ClosedAt == null),
            CaseListQuery.Closed => cases.Where(c => c.ClosedAt != null),
            _ => cases,
        };
        var found = await cases.OrderByDescending(c => c.OpenedAt).ThenBy(c => c.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(found.Select(CaseSummary.From));
    }

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "case-read", tracked: false, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(await LoadViewAsync(found.Value, services, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SetLead(
        Guid id, SetLeadRequest request, HttpContext http, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindOpenAsync(id, http, "case-lead", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        var lead = request.InstitutionId!.Value;
        if (await services.FirstOutsideRegionAsync(@case.RegionCode, [lead], cancellationToken) is not null)
        {
            return CaseServices.NotOfRegion("institutionId");
        }
        @case.LeadInstitutionId = lead;
        return await services.SaveAsync(@case, http, "case-lead", cancellationToken) is { } conflict ? conflict : TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> InviteFeedback(
        Guid id, InviteFeedbackRequest request, HttpContext http, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindOpenAsync(id, http, "case-feedback-invitation", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        @case.FeedbackInvitedAt = request.InvitedAt!.Value.ToUniversalTime();
        return await services.SaveAsync(@case, http, "case-feedback-invitation", cancellationToken) is { } conflict
            ? conflict
            : TypedResults.NoContent();
    }

    /// <summary>The case with everything recorded on it, read now.</summary>
    public static async Task<CaseView> LoadViewAsync(CooperationCase c, CaseServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var plan = await CasePlanApi.LoadAsync(c.Id, services, cancellationToken);
        var conferences = await db.Conferences.AsNoTracking().Where(x => x.CaseId == c.Id)
            .OrderBy(x => x.HeldAt).ThenBy(x => x.Id).ToListAsync(cancellationToken);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.CaseId == c.Id).ToListAsync(cancellationToken);
        var informed = await db.InformationGiven.AsNoTracking().Where(i => i.CaseId == c.Id).ToListAsync(cancellationToken);
        var measures = await db.VictimMeasures.AsNoTracking().Where(m => m.VictimId == c.VictimId)
            .OrderBy(m => m.Measure).ToListAsync(cancellationToken);

        var deadline = services.Deadline();
        var dueBy = deadline.DueBy(c);
        var firstPlanning = conferences.FirstOrDefault(x => x.Kind == CaseConference.Planning)?.HeldAt;
        return new CaseView(c.Id, c.VictimId, c.RegionCode, c.AgeGroup, c.Source, c.OpenedAt, c.AssessmentId, c.AssessmentVersion,
            c.AssessmentOnTime, c.LeadInstitutionId, c.FeedbackInvitedAt, c.ClosedAt, c.Outcome,
            new PlanningConferenceStatus(dueBy, firstPlanning, PlanningConferenceDeadline.IsMet(dueBy, firstPlanning, services.Clock.GetUtcNow())),
            plan,
            [.. conferences.Select(ConferenceView.From)],
            InterviewsView.From(interviews),
            InformationItemView.Checklist(informed),
            [.. measures.Select(MeasureView.From)]);
    }

    private static ProblemHttpResult AlreadyOpen() =>
        Problems.Conflict(ReaderLanguage.Pick("Жертвата вече има случай на сътрудничество.", "The victim already has a cooperation case.",
            "La victime a déjà un dossier de coopération."));
}
