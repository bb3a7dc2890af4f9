using Justice.Contracts.Events;
using Justice.Network.Domain.Cases;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Cases;

/// <summary>
/// Case conferences (Barnahus standard 5): the institutions of the region meet to plan the work on a case and to
/// review it. The first planning conference is due within the time the case's region allows its age group; whether
/// it was held by then travels in <see cref="CaseConferenceHeld"/>. Decisions stay in the case.
/// </summary>
public static class ConferencesApi
{
    public static void MapConferencesApi(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:guid}/conferences", Hold)
            .WithName("RecordCaseConference")
            .WithSummary("Records a planning or review conference held on the case: when, which institutions, what was decided.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Created<ConferenceView>, ProblemHttpResult>> Hold(
        Guid id, HoldConferenceRequest request, HttpContext http, [AsParameters] CaseServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindOpenAsync(id, http, "case-conference", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        var institutions = request.InstitutionIds!.Select(i => i!.Value).ToList();
        if (await services.FirstOutsideRegionAsync(@case.RegionCode, institutions, cancellationToken) is { } outside)
        {
            return CaseServices.NotOfRegion($"institutionIds[{outside}]");
        }
        var conference = new CaseConference
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            Kind = request.Kind!,
            HeldAt = request.HeldAt!.Value.ToUniversalTime(),
            InstitutionIds = institutions,
            Decisions = [.. request.Decisions!.Select(d => d!.Trim())],
            RecordedAt = services.Clock.GetUtcNow(),
            RecordedBy = http.User.Actor(),
        };
        if (conference.Kind == CaseConference.Planning)
        {
            await TakeFirstPlanningAsync(@case, conference, services, cancellationToken);
        }
        services.Db.Conferences.Add(conference);
        services.Outbox.Add(new CaseConferenceHeld(conference.Id, @case.Id, @case.RegionCode, conference.Kind,
            institutions.Count, conference.OnTime, conference.HeldAt));
        if (await services.SaveAsync(@case, http, "case-conference", cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Created($"/api/network/cases/{@case.Id}", ConferenceView.From(conference));
    }

    /// <summary>
    /// Whether the new planning conference is the case's first (held before every one recorded so far); if so, it
    /// takes whether the due time was met, and the one it displaces no longer says.
    /// </summary>
    private static async Task TakeFirstPlanningAsync(CooperationCase @case, CaseConference conference, CaseServices services,
        CancellationToken cancellationToken)
    {
        var first = await services.Db.Conferences
            .Where(c => c.CaseId == @case.Id && c.Kind == CaseConference.Planning)
            .OrderBy(c => c.HeldAt).ThenBy(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (first is not null && first.HeldAt <= conference.HeldAt)
        {
            return;
        }
        conference.OnTime = conference.HeldAt <= services.Deadline().DueBy(@case);
        if (first is not null)
        {
            first.OnTime = null;
        }
    }
}
