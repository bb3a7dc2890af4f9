using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Api.Passwords;

public static class PasswordProblems
{
    /// <summary>
    /// Identity's refusals as a 400 naming each field: the password policy's (length, distinct characters, common
    /// passwords) name <paramref name="passwordField"/>, the others (a user name taken) <c>userName</c>.
    /// </summary>
    public static ProblemHttpResult Of(IdentityResult refused, string passwordField) =>
        Problems.Validation(refused.Errors
            .GroupBy(error => error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : "userName")
            .ToDictionary(field => field.Key, field => field.Select(error => error.Description).ToArray()));
}
