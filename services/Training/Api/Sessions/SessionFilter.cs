using Justice.Api;
using Justice.Contracts;
using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api.Sessions;

/// <summary>Which sessions a list shows (<c>?region=BG-05&amp;status=open</c>).</summary>
public sealed record SessionFilter(string? Region = null, string? Status = null)
{
    public string? RegionCode => Region is null ? null : JudicialRegionCode.Normalize(Region);

    public SessionStatus? WantedStatus => Status is null ? null : SessionLifecycle.Parse(Status);
}

public sealed class SessionFilterValidator : RequestValidator<SessionFilter>
{
    public SessionFilterValidator()
    {
        RuleFor(f => f.Region).RegionCode();
        RuleFor(f => f.Status).OneOf(SessionLifecycle.Names);
    }
}
