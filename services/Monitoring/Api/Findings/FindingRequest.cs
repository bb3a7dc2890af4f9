using System.Text.Json.Serialization;
using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.ServiceDefaults.Http;

namespace Justice.Monitoring.Api.Findings;

/// <summary>
/// The body of <c>POST /api/monitoring/findings</c> and of <c>PUT /api/monitoring/findings/{id}</c> (which replaces it all).
/// The texts are about the programme: never a victim's name or anything else that identifies a person.
/// </summary>
/// <param name="Kind"><c>internal-monitoring</c> or <c>external-evaluation</c>.</param>
/// <param name="Author">Who wrote it: a name or an organisation, at most 200 characters.</param>
/// <param name="Date">The day it was written.</param>
/// <param name="Month">The month it concerns, e.g. <c>2026-05</c>.</param>
/// <param name="Findings">What was found, at most 4,000 characters; no personal data of victims.</param>
/// <param name="Recommendations">What is recommended, at most 4,000 characters (may be empty); no personal data of victims.</param>
/// <param name="Region">The judicial region it concerns (e.g. <c>BG-05</c>); none for the programme nationally.</param>
public sealed record FindingRequest(
    string? Kind = null, string? Author = null, DateOnly? Date = null, string? Month = null, string? Findings = null,
    string? Recommendations = null, string? Region = null)
{
    /// <summary>The month, once validated.</summary>
    [JsonIgnore]
    public DateOnly MonthStart => ProgrammeMonth.TryParse(Month, out var month) ? month : default;

    /// <summary>The region's normalized code, once validated; null for national.</summary>
    [JsonIgnore]
    public string? RegionCode => string.IsNullOrWhiteSpace(Region) ? null : JudicialRegionCode.Normalize(Region);
}

public sealed class FindingRequestValidator : RequestValidator<FindingRequest>
{
    public FindingRequestValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().OneOf(FindingKinds.All);
        RuleFor(r => r.Author).RequiredText(EvaluationFinding.MaxAuthorLength);
        RuleFor(r => r.Date).NotNull();
        RuleFor(r => r.Month).NotEmpty().MonthText();
        RuleFor(r => r.Findings).RequiredText(EvaluationFinding.MaxTextLength);
        RuleFor(r => r.Recommendations).OptionalText(EvaluationFinding.MaxTextLength);
        RuleFor(r => r.Region).RegionCode().KnownRegion();
    }
}

/// <summary>The filter of <c>GET /api/monitoring/findings</c>.</summary>
/// <param name="Month">Only the findings about this month, e.g. <c>2026-05</c>.</param>
public sealed record FindingQuery(string? Month = null)
{
    public DateOnly? MonthStart => ProgrammeMonth.TryParse(Month, out var month) ? month : null;
}

public sealed class FindingQueryValidator : RequestValidator<FindingQuery>
{
    public FindingQueryValidator() => RuleFor(q => q.Month).MonthText();
}

internal static class MonthRules
{
    /// <summary>A month like <c>2026-05</c> when given.</summary>
    public static IRuleBuilderOptions<T, string?> MonthText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || ProgrammeMonth.TryParse(value, out _))
            .WithMessage(_ => ReaderLanguage.Pick("Използвайте месец като 2026-05.", "Use a month like 2026-05.", "Utilisez un mois comme 2026-05."));
}
