using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>How Training's access-matrix tests sign a role in (the matrix itself is <see cref="RoleMatrix"/>).</summary>
public static class MatrixSignIn
{
    /// <summary>
    /// Signs <paramref name="client"/> in as <paramref name="role"/> ("trainer-assigned" is a trainer of its own;
    /// regional roles belong to <paramref name="region"/>) and returns the account's id; null for "anonymous". Each role's
    /// account is made once per host (<see cref="TrainingHost.CallerTokenAsync"/>).
    /// </summary>
    public static async Task<string?> SignInAsync(TrainingHost host, HttpClient client, string role, string region)
    {
        if (role == "anonymous")
        {
            return null;
        }
        var accountRole = role == "trainer-assigned" ? "trainer" : role;
        var token = await host.CallerTokenAsync($"{role} {region}", () =>
            host.Identity.UserTokenAsync(accountRole, accountRole is "evaluator" or "publicity-editor" or "national-admin" ? null : region));
        client.WithToken(token);
        return Jwt.Subject(token);
    }
}
