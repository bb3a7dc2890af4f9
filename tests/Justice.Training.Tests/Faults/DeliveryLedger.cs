using Justice.Testing;
using Npgsql;

namespace Justice.Training.Tests.Faults;

/// <summary>What became of the acknowledged registrations, counted exactly from the services' own tables.</summary>
/// <param name="Delivered">Acknowledged registrations on Network's roster.</param>
/// <param name="Duplicates">
/// Effects had twice: a practitioner on the roster more than once, or more than one of their events applied by Network's
/// inbox.
/// </param>
/// <param name="Lost">Acknowledged registrations absent from Network's roster.</param>
/// <param name="MissingInTraining">Acknowledged registrations absent from Training's own practitioners.</param>
/// <param name="KeptUnacknowledged">
/// Practitioners Training kept although their caller heard no 2xx (a commit whose answer the outage swallowed): not
/// wrong, but worth seeing.
/// </param>
/// <param name="Redelivered">Events Network received more than once and its inbox applied once.</param>
public sealed record Delivery(int Delivered, int Duplicates, int Lost, int MissingInTraining, int KeptUnacknowledged, int Redelivered);

/// <summary>
/// Reads, behind the services' backs, Training's practitioners and outbox and Network's inbox and roster: the roster says
/// what arrived, the inbox which events were applied, the outbox which event was whose.
/// </summary>
public sealed class DeliveryLedger(TrainingHost host)
{
    private const string Consumer = "PractitionerRegisteredConsumer";

    /// <summary>The practitioners on Network's roster.</summary>
    public async Task<HashSet<Guid>> RosterAsync() =>
        [.. await GuidsAsync(host.NetworkDatabase.SuperuserConnectionString, "SELECT practitioner_id FROM roster_members")];

    /// <summary>
    /// The event lag now: how long the oldest acknowledged registration not yet on the roster has waited (zero when none
    /// waits).
    /// </summary>
    public async Task<TimeSpan> LagAsync(RegistrationLoad load)
    {
        var acknowledged = load.Answers.Where(answer => answer.Acknowledged).ToList();
        var roster = await RosterAsync();
        var now = load.Now;
        return acknowledged.Where(answer => !roster.Contains(answer.PractitionerId!.Value))
            .Select(answer => now - answer.AnsweredAt)
            .DefaultIfEmpty(TimeSpan.Zero)
            .Max();
    }

    /// <summary>Whether every acknowledged registration among <paramref name="answers"/> is on the roster.</summary>
    public async Task<bool> AllOnRosterAsync(IEnumerable<Registration> answers)
    {
        var roster = await RosterAsync();
        return answers.Where(answer => answer.Acknowledged).All(answer => roster.Contains(answer.PractitionerId!.Value));
    }

    public async Task<Delivery> TallyAsync(IReadOnlyList<Registration> answers)
    {
        var acknowledged = answers.Where(answer => answer.Acknowledged).Select(answer => answer.PractitionerId!.Value).ToHashSet();
        var rosterRows = await GuidsAsync(host.NetworkDatabase.SuperuserConnectionString, "SELECT practitioner_id FROM roster_members");
        var roster = rosterRows.ToHashSet();
        var practitioners = (await GuidsAsync(host.TrainingDatabase.SuperuserConnectionString, "SELECT id FROM practitioners")).ToHashSet();
        var practitionerOfEvent = await EventsAsync();
        var applied = await GuidsAsync(host.NetworkDatabase.SuperuserConnectionString,
            $"SELECT message_id FROM inbox_messages WHERE consumer = '{Consumer}'");

        var appliedTwice = applied.Where(practitionerOfEvent.ContainsKey)
            .GroupBy(messageId => practitionerOfEvent[messageId])
            .Sum(events => events.Count() - 1);
        return new Delivery(
            Delivered: acknowledged.Count(roster.Contains),
            Duplicates: rosterRows.Count - roster.Count + appliedTwice,
            Lost: acknowledged.Count(id => !roster.Contains(id)),
            MissingInTraining: acknowledged.Count(id => !practitioners.Contains(id)),
            KeptUnacknowledged: practitioners.Count(id => !acknowledged.Contains(id)),
            Redelivered: practitionerOfEvent.Keys.Count(messageId => host.NetworkConsumed.Consumed(messageId) > 1));
    }

    /// <summary>Training's PractitionerRegistered events by message id (the outbox row's id), each with its practitioner.</summary>
    private async Task<Dictionary<Guid, Guid>> EventsAsync()
    {
        await using var connection = new NpgsqlConnection(host.TrainingDatabase.SuperuserConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT id, (payload->>'practitionerId')::uuid FROM outbox_messages WHERE type = 'PractitionerRegistered'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var events = new Dictionary<Guid, Guid>();
        while (await reader.ReadAsync())
        {
            events.Add(reader.GetGuid(0), reader.GetGuid(1));
        }
        return events;
    }

    private static async Task<List<Guid>> GuidsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}
