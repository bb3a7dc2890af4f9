using System.Text.Json.Serialization;
using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.Publicity.Domain.Events;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Api.Events;

/// <summary>The body of <c>POST /api/publicity/events</c> and of <c>PUT /api/publicity/events/{id}</c> (which replaces it all).</summary>
/// <param name="Kind"><c>press-conference</c>, <c>round-table</c>, <c>conference</c> or <c>seminar</c>.</param>
/// <param name="Title">In Bulgarian, and in English and French when translated; at most 200 characters each.</param>
/// <param name="Description">As the title; at most 4,000 characters each.</param>
/// <param name="Region">The judicial region it is held for (e.g. <c>BG-05</c>); none for a national event.</param>
/// <param name="StartsAt">When it starts, with its offset (e.g. <c>2027-03-15T10:00:00+02:00</c>); in the future.</param>
/// <param name="Venue">Where: the address people go to, at most 300 characters.</param>
/// <param name="Capacity">Seats, 1 to 10,000; those who confirm beyond it wait for a seat.</param>
public sealed record PublicEventRequest(
    string? Kind = null, EventTexts? Title = null, EventTexts? Description = null, string? Region = null, DateTimeOffset? StartsAt = null,
    string? Venue = null, int? Capacity = null)
{
    [JsonIgnore]
    public string? RegionCode => string.IsNullOrWhiteSpace(Region) ? null : JudicialRegionCode.Normalize(Region);
}

public sealed class PublicEventRequestValidator : RequestValidator<PublicEventRequest>
{
    public PublicEventRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).NotEmpty().OneOf([.. PublicEventKinds.All]);
        RuleFor(r => r.Title).NotNull();
        RuleFor(r => r.Title!).ChildRules(text => EventTextsRules.Each(text, PublicEvent.MaxTitleLength)).When(r => r.Title is not null);
        RuleFor(r => r.Description).NotNull();
        RuleFor(r => r.Description!).ChildRules(text => EventTextsRules.Each(text, PublicEvent.MaxDescriptionLength))
            .When(r => r.Description is not null);
        RuleFor(r => r.Region).RegionCode().KnownRegion();
        RuleFor(r => r.StartsAt).NotNull()
            .Must(startsAt => startsAt is null || startsAt > clock.GetUtcNow())
            .WithMessage(_ => ReaderLanguage.Pick("Началото трябва да е в бъдещето.", "The start must be in the future.", "Le début doit être dans le futur."));
        RuleFor(r => r.Venue).RequiredText(PublicEvent.MaxVenueLength);
        RuleFor(r => r.Capacity).NotNull().InclusiveBetween(1, PublicEvent.MaxCapacity);
    }
}

/// <summary>The filter of <c>GET /api/publicity/events</c>.</summary>
/// <param name="Region">Only this region's events and the national ones.</param>
/// <param name="Past">true: events that have started (held or not), latest first; otherwise those to come, soonest first.</param>
public sealed record PublicEventQuery(string? Region = null, bool? Past = null)
{
    public string? RegionCode => string.IsNullOrWhiteSpace(Region) ? null : JudicialRegionCode.Normalize(Region);
}

public sealed class PublicEventQueryValidator : RequestValidator<PublicEventQuery>
{
    public PublicEventQueryValidator() => RuleFor(q => q.Region).RegionCode().KnownRegion();
}
