using System.Text.RegularExpressions;
using Justice.Contracts.Events;
using Justice.Messaging;
using Justice.Messaging.Broker;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>The publisher map and the permission regexes derived from it (the broker itself: BrokerWallTests).</summary>
public sealed class BrokerPermissionsTests
{
    [Fact]
    public void Every_event_names_the_one_service_that_publishes_it() =>
        Assert.All(IntegrationEventTypes.All, type => Assert.Equal(
            type.Name switch
            {
                "AssessmentCompleted" or "AssessmentUpdated" or "MeasureDecided" or "MeasureApplied" or "VictimFeedbackReceived" => "assessment",
                "TerritorialTeamFormed" or "TerritorialTeamDissolved" or "CooperationCaseOpened" or "ReferralIssued"
                    or "ReferralCompleted" or "ReferralOverdue" or "CaseConferenceHeld" or "CooperationCaseClosed" => "network",
                "PublicEventHeld" or "PublicationPublished" => "publicity",
                "EventReplayRequested" => "monitoring",
                _ => "training",
            },
            IntegrationEventTypes.PublisherOf(type)));

    [Theory]
    [InlineData("training", "Justice.Contracts.Events:PractitionerTrained", true)]
    [InlineData("training", "Justice.Contracts.Events:PractitionerRegistered", true)]
    [InlineData("training", "training-bus-0a1b", true)]
    [InlineData("network", "Justice.Contracts.Events:PractitionerTrained", false)]
    [InlineData("network", "Justice.Contracts.Events:PractitionerRegistered", false)]
    [InlineData("assessment", "Justice.Contracts.Events:AssessmentCompleted", true)]
    [InlineData("assessment", "Justice.Contracts.Events:PractitionerTrained", false)]
    [InlineData("training", "Justice.Contracts.Events:AssessmentCompleted", false)]
    [InlineData("network", "Justice.Contracts.Events:CooperationCaseClosed", true)]
    [InlineData("assessment", "Justice.Contracts.Events:CooperationCaseOpened", false)]
    [InlineData("network", "network-practitioner-trained", true)]
    [InlineData("network", "network-practitioner-trained_error", true)]
    [InlineData("network", "training-practitioner-trained", false)]
    [InlineData("network", "Justice.Contracts.Events:IIntegrationEvent", false)]
    [InlineData("network", "MassTransit:Fault", false)]
    [InlineData("network", "amq.direct", false)]
    public void A_service_may_declare_and_write_only_its_own_entities_and_its_own_events(string service, string entity, bool allowed)
    {
        var permissions = BrokerPermissions.For(service);

        Assert.Equal(allowed, Regex.IsMatch(entity, permissions.Configure));
        Assert.Equal(allowed, Regex.IsMatch(entity, permissions.Write));
    }

    [Theory]
    [InlineData("network", "Justice.Contracts.Events:PractitionerTrained", true)]
    [InlineData("assessment", "Justice.Contracts.Events:CooperationCaseOpened", true)]
    [InlineData("network", "network-practitioner-trained", true)]
    [InlineData("network", "training-practitioner-trained", false)]
    [InlineData("training", "network-practitioner-trained_error", false)]
    public void A_service_reads_its_own_queues_and_binds_them_to_any_event(string service, string entity, bool allowed) =>
        Assert.Equal(allowed, Regex.IsMatch(entity, BrokerPermissions.For(service).Read));

    [Fact]
    public void A_service_writes_the_exchanges_of_the_events_it_publishes_and_of_no_other()
    {
        var write = BrokerPermissions.For("network").Write;

        Assert.All(IntegrationEventTypes.All, type => Assert.Equal(
            IntegrationEventTypes.PublisherOf(type) == "network",
            Regex.IsMatch(IntegrationEventTypes.ExchangeOf(type), write)));
    }

    [Fact]
    public void An_events_exchange_is_MassTransits_name_for_its_type() =>
        Assert.Equal("Justice.Contracts.Events:PractitionerTrained", IntegrationEventTypes.ExchangeOf(typeof(PractitionerTrained)));
}
