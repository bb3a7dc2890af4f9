using Justice.Publicity.Domain.Publications;

namespace Justice.Publicity.Tests.Publications;

/// <summary>The publication's state machine: every state × every action.</summary>
public sealed class PublicationStateMachineTests
{
    /// <summary>The whole table: where each action takes each state; null where it is refused.</summary>
    internal static readonly Dictionary<(PublicationState, PublicationAction), PublicationState?> Table = new()
    {
        [(PublicationState.Draft, PublicationAction.Edit)] = PublicationState.Draft,
        [(PublicationState.Draft, PublicationAction.Publish)] = PublicationState.Published,
        [(PublicationState.Draft, PublicationAction.Withdraw)] = null,
        [(PublicationState.Published, PublicationAction.Edit)] = null,
        [(PublicationState.Published, PublicationAction.Publish)] = null,
        [(PublicationState.Published, PublicationAction.Withdraw)] = PublicationState.Withdrawn,
        [(PublicationState.Withdrawn, PublicationAction.Edit)] = PublicationState.Withdrawn,
        [(PublicationState.Withdrawn, PublicationAction.Publish)] = PublicationState.Published,
        [(PublicationState.Withdrawn, PublicationAction.Withdraw)] = null,
    };

    public static TheoryData<PublicationState, PublicationAction> Pairs()
    {
        var data = new TheoryData<PublicationState, PublicationAction>();
        foreach (var state in PublicationStateMachine.States)
        {
            foreach (var action in PublicationStateMachine.Actions)
            {
                data.Add(state, action);
            }
        }
        return data;
    }

    [Fact]
    public void The_table_covers_every_state_and_action() =>
        Assert.Equal(PublicationStateMachine.States.Count * PublicationStateMachine.Actions.Count, Table.Count);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_action_from_each_state_goes_where_the_table_says_or_nowhere(PublicationState from, PublicationAction action) =>
        Assert.Equal(Table[(from, action)], PublicationStateMachine.Next(from, action));

    [Fact]
    public void Each_state_is_written_and_read_back_by_its_code()
    {
        Assert.Equal(["draft", "published", "withdrawn"], PublicationStateMachine.Codes);
        Assert.All(PublicationStateMachine.States, state => Assert.Equal(state, PublicationStateMachine.Parse(state.Code())));
        Assert.Null(PublicationStateMachine.Parse("Published"));
    }
}
