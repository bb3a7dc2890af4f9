using Justice.Api;
using Justice.Contracts;

namespace Justice.Training.Api.Supervision;

/// <summary>Which supervision sessions a list shows (<c>?region=BG-05</c>).</summary>
public sealed record SupervisionFilter(string? Region = null)
{
    public string? RegionCode => Region is null ? null : JudicialRegionCode.Normalize(Region);
}

public sealed class SupervisionFilterValidator : RequestValidator<SupervisionFilter>
{
    public SupervisionFilterValidator() => RuleFor(f => f.Region).RegionCode();
}
