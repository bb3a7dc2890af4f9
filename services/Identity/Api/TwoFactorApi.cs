using System.Security.Claims;
using Justice.Identity.Data;
using Justice.Identity.Domain;
using Justice.Audit;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Api;

/// <summary>
/// TOTP two-factor sign-in (RFC 6238, any authenticator app): a signed-in user asks for a key, proves
/// their app shows the right code, and from then on signs in with password and code.
/// </summary>
public static class TwoFactorApi
{
    public static RouteGroupBuilder MapTwoFactorApi(this IEndpointRouteBuilder app)
    {
        var twoFactor = app.MapGroup("/api/identity/me/two-factor").WithTags("Two-factor").RequireAuthorization();
        twoFactor.MapPost("/", Begin).WithName("BeginTwoFactor")
            .WithSummary("A new authenticator key (and otpauth URI) for the caller; not active until confirmed.");
        twoFactor.MapPost("/confirm", Confirm).WithName("ConfirmTwoFactor")
            .WithSummary("Turns two-factor sign-in on, given a current code from the authenticator.")
            .Accepts<ConfirmTwoFactorRequest>("application/json").ProducesValidationProblem();
        return twoFactor;
    }

    public static async Task<Results<Ok<TwoFactorKey>, ProblemHttpResult>> Begin(
        ClaimsPrincipal caller, UserManager<JusticeUser> users)
    {
        var user = await users.FindByIdAsync(caller.UserId() ?? "");
        if (user is null)
        {
            return Problems.NotFound("User not found", "The signed-in user no longer exists.");
        }
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var label = Uri.EscapeDataString($"Justice:{user.UserName}");
        return TypedResults.Ok(new TwoFactorKey(key, $"otpauth://totp/{label}?secret={key}&issuer=Justice&digits=6&period=30"));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Confirm(
        HttpRequest request, ClaimsPrincipal caller, UserManager<JusticeUser> users, IdentityDb db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ConfirmTwoFactorRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var user = await users.FindByIdAsync(caller.UserId() ?? "");
        if (user is null)
        {
            return Problems.NotFound("User not found", "The signed-in user no longer exists.");
        }
        if (!await IsValidCodeAsync(users, user, body.Value!.Code))
        {
            var errors = new ValidationErrors();
            errors.Add("code", "The code does not match the authenticator key.");
            return errors.ToProblem();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(request.HttpContext, "two-factor-enable", user.Id, "succeeded");
        return TypedResults.NoContent();
    }

    /// <summary>Whether <paramref name="code"/> is the user's current TOTP code.</summary>
    public static async Task<bool> IsValidCodeAsync(UserManager<JusticeUser> users, JusticeUser user, string? code) =>
        !string.IsNullOrWhiteSpace(code)
        && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider,
            code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal));
}

public sealed record TwoFactorKey(string SharedKey, string AuthenticatorUri);

public sealed record ConfirmTwoFactorRequest(string? Code);
