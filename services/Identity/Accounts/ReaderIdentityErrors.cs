using System.Globalization;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>
/// ASP.NET Core Identity's refusals that reach a person (the password policy, a user name taken or not allowed) in the
/// reader's language; the codes stay Identity's.
/// </summary>
public sealed class ReaderIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(base.PasswordTooShort(length),
        Invariant($"Паролата трябва да е поне {length} знака."), Invariant($"Passwords must be at least {length} characters."),
        Invariant($"Le mot de passe doit comporter au moins {length} caractères."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(base.PasswordRequiresUniqueChars(uniqueChars),
        Invariant($"Паролата трябва да съдържа поне {uniqueChars} различни знака."),
        Invariant($"Passwords must use at least {uniqueChars} different characters."),
        Invariant($"Le mot de passe doit contenir au moins {uniqueChars} caractères différents."));

    public override IdentityError DuplicateUserName(string userName) => Error(base.DuplicateUserName(userName),
        $"Потребителското име „{userName}“ вече е заето.", $"Username '{userName}' is already taken.",
        $"Le nom d'utilisateur « {userName} » est déjà pris.");

    public override IdentityError InvalidUserName(string? userName) => Error(base.InvalidUserName(userName),
        $"Потребителското име „{userName}“ не е валидно: използвайте само букви и цифри.",
        $"Username '{userName}' is invalid, can only contain letters or digits.",
        $"Le nom d'utilisateur « {userName} » n'est pas valide : utilisez uniquement des lettres et des chiffres.");

    private static IdentityError Error(IdentityError framework, string bg, string en, string fr) =>
        new() { Code = framework.Code, Description = ReaderLanguage.Pick(bg, en, fr) };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
