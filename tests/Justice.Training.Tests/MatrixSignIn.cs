using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>How Training's access-matrix tests sign a role in (the matrix itself is <see cref="RoleMatrix"/>).</summary>
public static class MatrixSignIn
{
    /// <summary>
    /// Signs <paramref name="client"/> in as <paramref name="role"/> ("trainer-assigned" is a trainer;
    /// regional roles belong to <paramref name="region"/>) and returns the account's id; null for "anonymous".
    /// </summary>
    public static async Task<string?> SignInAsync(TrainingHost host, HttpClient client, string role, string region)
    {
        if (role == "anonymous")
        {
            return null;
        }
        var accountRole = role == "trainer-assigned" ? "trainer" : role;
        var token = await host.Identity.UserTokenAsync(accountRole, accountRole is "evaluator" or "publicity-editor" or "national-admin" ? null : region);
        client.WithToken(token);
        return Jwt.Subject(token);
    }
}
