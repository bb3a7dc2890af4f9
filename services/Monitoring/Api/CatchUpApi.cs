using Justice.Monitoring.ReadModel;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Monitoring.Api;

/// <summary>The operator's way to have the read model catch up after it lost events (see <see cref="CatchUp"/>).</summary>
public static class CatchUpApi
{
    /// <summary>The request that was sent.</summary>
    public sealed record ReplayRequestView(Guid RequestId);

    public static void MapCatchUpApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/replay", Replay).WithTags("Catch-up")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin))
            .WithName("RequestEventReplay")
            .WithSummary("Asks every publishing service to send its past events again; what was already counted is not counted twice.")
            .WithDescription("National admins only. The events come back at a few hundred a second, behind the live ones.");

    public static async Task<Accepted<ReplayRequestView>> Replay(CatchUp catchUp, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, new ReplayRequestView(await catchUp.AskAsync(cancellationToken)));
}
