namespace Justice.Training.Tests;

/// <summary>A regional session in BG-05 in progress, with its test set and one participant.</summary>
public sealed class InProgressSessionHost : TrainingHost
{
    public Guid Session { get; private set; }
    public Guid Participant { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var admin = CreateClient();
        await Sessions.PublishFrameworkAsync(admin);
        Session = await Sessions.CreateSessionAsync(admin, "BG-05");
        Participant = await Sessions.RegisterPractitionerAsync(admin, "BG-05");
        await Sessions.SetTestAsync(admin, Session);
        await Sessions.MoveAsync(admin, Session, "open");
        await Sessions.EnrolAsync(admin, Session, Participant);
        await Sessions.MoveAsync(admin, Session, "start");
    }
}
