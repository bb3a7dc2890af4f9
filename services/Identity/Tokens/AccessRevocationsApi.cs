using Justice.Identity.Data;
using Justice.Security;
using Microsoft.EntityFrameworkCore;

namespace Justice.Identity.Tokens;

/// <summary>
/// <c>GET /internal/access-revocations</c>: the users whose access was revoked within an access token's lifetime, for
/// the services and the gateway (<see cref="AccessRevocationPoller"/>). Inside the system only: the gateway routes no
/// <c>/internal</c> path, and the list names users by id alone.
/// </summary>
public static class AccessRevocationsApi
{
    public static IEndpointRouteBuilder MapAccessRevocationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(AccessRevocations.Path, List).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> List(IdentityDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - AccessRevocations.Kept;
        var revoked = await db.Set<AccessRevocation>()
            .Where(revocation => revocation.RevokedAt >= since)
            .GroupBy(revocation => revocation.UserId)
            .Select(user => new RevokedAccess(user.Key, user.Max(revocation => revocation.RevokedAt)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(revoked);
    }
}
