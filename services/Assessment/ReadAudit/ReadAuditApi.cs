using Justice.Audit;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Assessment.ReadAudit;

/// <summary>The read log's integrity, for national admins.</summary>
public static class ReadAuditApi
{
    public static RouteGroupBuilder MapReadAuditApi(this IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/read-audit").WithTags("Read audit")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin));
        audit.MapGet("/verification", Verify)
            .WithName("VerifyReadAudit")
            .WithSummary("Recomputes the read log's hash chain and names the first row that does not match, if any.");
        return audit;
    }

    public static async Task<Ok<ReadAuditVerification>> Verify(PersonalDataReadLog log, CancellationToken cancellationToken)
    {
        var rows = await log.CountAsync(cancellationToken);
        var broken = await log.FirstBrokenRowAsync(cancellationToken);
        return TypedResults.Ok(new ReadAuditVerification(broken is null, rows, broken));
    }
}

/// <summary>Whether the chain holds, over how many rows, and the first row that breaks it.</summary>
public sealed record ReadAuditVerification(bool Intact, long Rows, long? FirstBrokenRow);
