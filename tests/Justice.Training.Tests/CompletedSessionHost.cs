using Grpc.Core;
using Grpc.Net.Client;
using Justice.Testing;
using Justice.Training.V1;

namespace Justice.Training.Tests;

/// <summary>
/// A regional session in BG-07 run to completion: two practitioners completed it (one of them with an account
/// of their own), one attended a single day. Tests read what completion left behind.
/// </summary>
public sealed class CompletedSessionHost : TrainingHost
{
    public const string Region = "BG-07";
    public Guid Session { get; private set; }
    public Guid Holder { get; private set; }
    public string HolderToken { get; private set; } = null!;
    public Guid OtherCompleter { get; private set; }
    public Guid Dropout { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var admin = CreateClient();
        await Sessions.PublishFrameworkAsync(admin);
        HolderToken = await Identity.UserTokenAsync("practitioner", Region);
        Holder = await Sessions.RegisterPractitionerAsync(admin, Region, "Цветелина Ангелова", userId: Jwt.Subject(HolderToken), profession: "judge");
        OtherCompleter = await Sessions.RegisterPractitionerAsync(admin, Region, "Boris Kolev", language: "fr", profession: "lawyer");
        Dropout = await Sessions.RegisterPractitionerAsync(admin, Region, "Иван Стоянов");

        Session = await Sessions.CreateSessionAsync(admin, Region);
        await Sessions.SetTestAsync(admin, Session);
        await Sessions.MoveAsync(admin, Session, "open");
        foreach (var person in new[] { Holder, OtherCompleter, Dropout })
        {
            await Sessions.EnrolAsync(admin, Session, person);
            await Sessions.AnswerAsync(admin, Session, "pre", person, 0, 0, 0, 0);
        }
        await Sessions.MoveAsync(admin, Session, "start");
        await Sessions.AttendAsync(admin, Session, 1, [Holder, OtherCompleter, Dropout]);
        await Sessions.AttendAsync(admin, Session, 2, [Holder, OtherCompleter]);
        foreach (var person in new[] { Holder, OtherCompleter, Dropout })
        {
            await Sessions.AnswerAsync(admin, Session, "post", person, 1, 1, 1, 1);
        }
        await Sessions.MoveAsync(admin, Session, "complete");
    }
}
