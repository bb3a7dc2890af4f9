using Justice.Api;
using Justice.Network.Domain.Cases;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Cases;

/// <summary>
/// The forensic interviews of a case's victim (Art. 23(2), 24(1)(a)): how many, by whom, where, recorded or not. The
/// case shows whether the same practitioner did them all.
/// </summary>
public static class InterviewsApi
{
    public static void MapInterviewsApi(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:guid}/interviews", Record)
            .WithName("RecordForensicInterview")
            .WithSummary("Records a forensic interview of the victim: when, by which practitioner of the roster, in adapted "
                + "premises or not, recorded audiovisually or not.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Created<InterviewView>, ProblemHttpResult>> Record(
        Guid id, RecordInterviewRequest request, HttpContext http, [AsParameters] CaseServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindOpenAsync(id, http, "case-interview", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        var interviewer = request.InterviewerId!.Value;
        if (!await services.Db.Roster.AnyAsync(m => m.PractitionerId == interviewer, cancellationToken))
        {
            return Problems.Invalid("interviewerId", ReaderLanguage.Pick(
                "Няма такъв практикуващ в регистъра.", "There is no such practitioner on the roster.",
                "Ce praticien ne figure pas dans le registre."));
        }
        var interview = new ForensicInterview
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            HeldAt = request.HeldAt!.Value.ToUniversalTime(),
            InterviewerId = interviewer,
            AdaptedPremises = request.AdaptedPremises!.Value,
            AudiovisualRecording = request.AudiovisualRecording!.Value,
            RecordedAt = services.Clock.GetUtcNow(),
            RecordedBy = http.User.Actor(),
        };
        services.Db.Interviews.Add(interview);
        if (await services.SaveAsync(@case, http, "case-interview", cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Created($"/api/network/cases/{@case.Id}", InterviewView.From(interview));
    }
}
