using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.Training.Catalogs;

namespace Justice.Training.Api.Practitioners;

/// <summary>Which practitioners a list shows (<c>?region=BG-05&amp;profession=judge</c>).</summary>
public sealed record PractitionerFilter(string? Region = null, string? Profession = null)
{
    public string? RegionCode => Region is null ? null : JudicialRegionCode.Normalize(Region);
}

public sealed class PractitionerFilterValidator : RequestValidator<PractitionerFilter>
{
    public PractitionerFilterValidator()
    {
        RuleFor(f => f.Region).RegionCode();
        RuleFor(f => f.Profession).OneOf(Professions.Codes);
    }
}
