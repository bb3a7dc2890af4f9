using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Identity.Accounts;

/// <summary>The refusals more than one of Identity's endpoints give, in the reader's language.</summary>
public static class AccountProblems
{
    public static string TooManyAttempts() => ReaderLanguage.Pick("Твърде много неуспешни опити оттук. Опитайте по-късно.",
        "Too many failed attempts from here. Try again later.", "Trop de tentatives échouées depuis cet endroit. Réessayez plus tard.");

    public static string Disabled() => ReaderLanguage.Pick("Профилът е деактивиран.", "The account is disabled.", "Le compte est désactivé.");

    /// <summary>The 429 for a caller whose failed attempts from their address are past the limit.</summary>
    public static ProblemHttpResult Throttled() =>
        TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
            title: ReaderLanguage.Pick("Твърде много опити", "Too many attempts", "Trop de tentatives"), detail: TooManyAttempts());

    /// <summary>The 404 for a token whose user has since been deleted.</summary>
    public static ProblemHttpResult SignedInUserGone() =>
        Problems.NotFound(UserNotFoundTitle(), ReaderLanguage.Pick("Влезлият потребител вече не съществува.",
            "The signed-in user no longer exists.", "L'utilisateur connecté n'existe plus."));

    public static string UserNotFoundTitle() =>
        ReaderLanguage.Pick("Няма такъв потребител", "User not found", "Utilisateur introuvable");
}
