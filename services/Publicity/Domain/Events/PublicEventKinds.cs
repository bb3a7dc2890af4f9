namespace Justice.Publicity.Domain.Events;

/// <summary>The kinds of public event the programme holds, as <c>PublicEventHeld</c> names them.</summary>
public static class PublicEventKinds
{
    public const string PressConference = "press-conference";
    public const string RoundTable = "round-table";
    public const string Conference = "conference";
    public const string Seminar = "seminar";

    public static readonly IReadOnlyList<string> All = [PressConference, RoundTable, Conference, Seminar];
}
