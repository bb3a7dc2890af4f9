namespace Justice.Training.Tests.Faults;

/// <summary>
/// The fault cases run one after another (each still with its own hosts, and in parallel with every other test class):
/// three steady loads and a broker's boot at once on two cores would measure the machine, not the system.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection
{
    public const string Name = "Faults";
}
