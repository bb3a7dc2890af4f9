using System.Net;
using System.Security.Claims;
using Justice.Api;
using Justice.Identity.Accounts;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Justice.Identity.Tokens;

/// <summary>
/// The authorization code flow with PKCE for browser portals: <c>/connect/authorize</c> sends a person
/// who has not signed in to <c>/account/login</c>, and returns a code to the portal once they have.
/// </summary>
public static class AuthorizeEndpoint
{
    /// <summary>The short-lived cookie of the sign-in page; it never reaches the services.</summary>
    public const string SignInScheme = "Justice.SignIn";

    public static IEndpointRouteBuilder MapAuthorizeEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", ["GET", "POST"], Authorize).ExcludeFromDescription().DisableAntiforgery();
        app.MapGet("/account/login", LoginPage).ExcludeFromDescription();
        app.MapPost("/account/login", Login).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Authorize(HttpContext http, UserManager<JusticeUser> users, TimeProvider time)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (http.GetOpenIddictServerResponse() is { Error: { } error } refused)
        {
            // OpenIddict could not send the error back to the client (no valid redirect_uri): it is answered here.
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid authorization request",
                detail: refused.ErrorDescription, extensions: new Dictionary<string, object?> { ["error"] = error });
        }
        var signedIn = await http.AuthenticateAsync(SignInScheme);
        var user = signedIn.Succeeded ? await users.FindByIdAsync(signedIn.Principal!.FindFirstValue(Claims.Subject) ?? "") : null;
        if (!SignInGate.MayContinue(user, signedIn.Principal?.FindFirstValue(SignInGate.StampClaim)))
        {
            var returnUrl = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [SignInScheme]);
        }
        return TokenEndpoint.SignIn(await TokenEndpoint.PrincipalForAsync(user!, users, request.GetScopes(), time));
    }

    private static IResult LoginPage(HttpContext http, IAntiforgery antiforgery, [FromQuery(Name = "ReturnUrl")] string? returnUrl) =>
        Page(http, antiforgery, returnUrl, error: null, StatusCodes.Status200OK);

    private static async Task<IResult> Login(HttpContext http, IAntiforgery antiforgery, SignInGate gate,
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? code, [FromForm] string? returnUrl)
    {
        var check = await gate.CheckAsync(http, "sign-in", userName, password, code);
        if (!check.Succeeded)
        {
            Func<string> error = check.Outcome switch
            {
                SignInOutcome.Throttled => Texts.Throttled,
                SignInOutcome.Disabled => Texts.Disabled,
                SignInOutcome.MustChangePassword => Texts.MustChangePassword,
                _ => Texts.Wrong,
            };
            return Page(http, antiforgery, returnUrl, error, StatusCodes.Status400BadRequest);
        }

        var identity = new ClaimsIdentity(SignInScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, check.User!.Id));
        identity.AddClaim(new Claim(SignInGate.StampClaim, check.User.SecurityStamp ?? ""));
        await http.SignInAsync(SignInScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>Only a path on this server: never an open redirect to another site.</summary>
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl, Func<string>? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var message = error is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(error())}</p>";
        var html = $"""
            <!doctype html>
            <html lang="{ReaderLanguage.Current}"><head><meta charset="utf-8"><title>{Texts.Title()}</title></head>
            <body><main><h1>{Texts.Title()}</h1>{message}
            <form method="post" action="/account/login">
              <input type="hidden" name="{tokens.FormFieldName}" value="{WebUtility.HtmlEncode(tokens.RequestToken)}">
              <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl ?? "")}">
              <label>{Texts.UserName()} <input name="userName" autocomplete="username" required></label>
              <label>{Texts.Password()} <input name="password" type="password" autocomplete="current-password" required></label>
              <label>{Texts.Code()} <input name="code" inputmode="numeric" autocomplete="one-time-code"></label>
              <button type="submit">{Texts.SignIn()}</button>
            </form></main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static class Texts
    {
        public static string Title() => ReaderLanguage.Pick("Вход — Правосъдие, приятел на детето", "Sign in — Justice befriends the child", "Connexion — La justice amie de l'enfant");
        public static string UserName() => ReaderLanguage.Pick("Потребителско име", "User name", "Nom d'utilisateur");
        public static string Password() => ReaderLanguage.Pick("Парола", "Password", "Mot de passe");
        public static string Code() => ReaderLanguage.Pick("Код от приложението (ако е включен)", "Authenticator code (if turned on)", "Code de l'application (si activé)");
        public static string SignIn() => ReaderLanguage.Pick("Вход", "Sign in", "Se connecter");
        public static string Wrong() => ReaderLanguage.Pick("Грешно потребителско име или парола.", "The user name or password is wrong.", "Nom d'utilisateur ou mot de passe incorrect.");
        public static string Throttled() => AccountProblems.TooManyAttempts();
        public static string Disabled() => AccountProblems.Disabled();
        public static string MustChangePassword() => ReaderLanguage.Pick("Сменете паролата си, преди да влезете.", "Change your password before signing in.", "Changez votre mot de passe avant de vous connecter.");
    }
}
