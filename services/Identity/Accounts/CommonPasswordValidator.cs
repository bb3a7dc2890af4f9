using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>
/// Refuses passwords on a list of common ones (<c>common-passwords.txt</c>, an embedded resource; its header says
/// where it comes from): a long password that everyone uses is guessed first. Length is Identity's own rule (12).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<JusticeUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<JusticeUser> manager, JusticeUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = ReaderLanguage.Pick(
                    "Тази парола е сред най-често използваните: изберете друга.",
                    "This password is among the most common ones: choose another.",
                    "Ce mot de passe est parmi les plus courants : choisissez-en un autre."),
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Justice.Identity.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                passwords.Add(line);
            }
        }
        return passwords;
    }
}
