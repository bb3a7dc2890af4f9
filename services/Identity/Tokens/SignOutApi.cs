using Justice.Audit;
using Justice.Identity.Accounts;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace Justice.Identity.Tokens;

/// <summary>
/// <c>POST /api/identity/me/sign-out</c>: ends every session of the caller — their refresh tokens are revoked and a new
/// security stamp revokes their access tokens at every service within the revocation poll.
/// </summary>
public static class SignOutApi
{
    public static RouteGroupBuilder MapSignOutApi(this IEndpointRouteBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Sessions").RequireAuthorization();
        me.MapPost("/sign-out", SignOut).WithName("SignOut")
            .WithSummary("Signs the caller out everywhere: their refresh tokens and access tokens stop working.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return me;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SignOut(HttpContext http, UserManager<JusticeUser> users,
        IOpenIddictTokenManager tokens, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(http.User.UserId() ?? "");
        if (user is null)
        {
            return AccountProblems.SignedInUserGone();
        }
        await tokens.RevokeBySubjectAsync(user.Id, cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(http, "sign-out", user.Id, "succeeded");
        return TypedResults.NoContent();
    }
}
