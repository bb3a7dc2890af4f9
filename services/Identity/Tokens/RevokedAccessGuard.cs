using Justice.Identity.Data;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Identity.Tokens;

/// <summary>
/// Identity's own check of <c>access_revocations</c>: the other services poll the list, but Identity holds it, so an
/// access token of a user revoked at or after the token was issued (disabled, demoted, deleted, a new password, a
/// second factor changed, signed out) opens none of Identity's APIs from the moment of the revocation.
/// </summary>
public sealed class RevokedAccessGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IdentityDb db)
    {
        var caller = http.User;
        if (caller.Identity?.IsAuthenticated == true
            && caller.FindFirst(Claims.Subject)?.Value is { } userId
            && long.TryParse(caller.FindFirst(Claims.IssuedAt)?.Value, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var iat))
        {
            var issuedAt = AccessRevocations.IssuedAt(caller, DateTimeOffset.FromUnixTimeSeconds(iat));
            if (await db.AccessRevocations.AnyAsync(r => r.UserId == userId && r.RevokedAt >= issuedAt, http.RequestAborted))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The token was revoked.\"";
                await TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                    title: ProblemTitles.For(StatusCodes.Status401Unauthorized),
                    detail: ReaderLanguage.Pick("Токенът за достъп е отменен: влезте отново.", "The access token was revoked: sign in again.",
                        "Le jeton d'accès a été révoqué : reconnectez-vous.")).ExecuteAsync(http);
                return;
            }
        }
        await next(http);
    }
}
