using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>The shape every access-matrix test shares: roles × operations → the status each must get.</summary>
public static class RoleMatrix
{
    /// <summary>One theory case per role and operation; <paramref name="expected"/> holds a status per operation.</summary>
    public static TheoryData<string, string, int> Cases(IReadOnlyList<string> operations, IReadOnlyDictionary<string, int[]> expected)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (role, statuses) in expected)
        {
            Assert.Equal(operations.Count, statuses.Length);
            for (var i = 0; i < operations.Count; i++)
            {
                data.Add(role, operations[i], statuses[i]);
            }
        }
        return data;
    }

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
