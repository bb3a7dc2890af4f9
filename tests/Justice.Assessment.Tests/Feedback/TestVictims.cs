using System.Collections.Concurrent;
using Justice.Assessment.Feedback;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>The victims a test made, in memory: stands in for the victims' records, which feedback only asks.</summary>
public sealed class TestVictims : IVictimFacts
{
    private readonly ConcurrentDictionary<Guid, VictimFacts> _victims = new();

    /// <summary>A new victim of <paramref name="region"/>; returns their id.</summary>
    public Guid Add(string region, string ageGroup = VictimFacts.Adult, string language = "bg")
    {
        var id = Guid.NewGuid();
        _victims[id] = new VictimFacts(region, ageGroup, language);
        return id;
    }

    public Task<VictimFacts?> FindAsync(Guid victimId, CancellationToken cancellationToken) =>
        Task.FromResult(_victims.GetValueOrDefault(victimId));
}
