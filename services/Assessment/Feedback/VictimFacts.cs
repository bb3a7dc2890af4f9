namespace Justice.Assessment.Feedback;

/// <summary>What feedback needs to know about a victim: nothing that identifies them.</summary>
/// <param name="RegionCode">The victim's judicial region, e.g. <c>BG-05</c>.</param>
/// <param name="AgeGroup"><see cref="Child"/> or <see cref="Adult"/>.</param>
/// <param name="Language">The victim's preferred language: bg, en or fr.</param>
public sealed record VictimFacts(string RegionCode, string AgeGroup, string Language)
{
    public const string Child = "child";
    public const string Adult = "adult";
    public static readonly IReadOnlyList<string> AgeGroups = [Child, Adult];
}

/// <summary>Finds a victim's region, age group and preferred language; the victims' records answer it.</summary>
public interface IVictimFacts
{
    /// <summary>The facts of victim <paramref name="victimId"/>; null when there is no such victim.</summary>
    Task<VictimFacts?> FindAsync(Guid victimId, CancellationToken cancellationToken);
}
