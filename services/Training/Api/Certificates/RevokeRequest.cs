using FluentValidation;
using Justice.Api;

namespace Justice.Training.Api.Certificates;

/// <summary>The body of <c>POST /api/training/certificates/{code}/revoke</c>.</summary>
/// <param name="Reason">Why it is revoked, at most 500 characters: kept with the certificate, never published.</param>
public sealed record RevokeRequest(string Reason)
{
    public const int MaxReasonLength = 500;
}

public sealed class RevokeRequestValidator : RequestValidator<RevokeRequest>
{
    public RevokeRequestValidator() => RuleFor(r => r.Reason).RequiredText(RevokeRequest.MaxReasonLength);
}
