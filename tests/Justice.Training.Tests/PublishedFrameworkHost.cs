namespace Justice.Training.Tests;

/// <summary>Training and Network with the competency framework's first version published, as sessions need.</summary>
public sealed class PublishedFrameworkHost : TrainingHost
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Sessions.PublishFrameworkAsync(CreateClient());
    }
}
