using Xunit;

namespace Justice.Testing;

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
}
