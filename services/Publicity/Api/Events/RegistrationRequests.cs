using System.Net.Mail;
using System.Text.Json.Serialization;
using FluentValidation;
using Justice.Api;
using Justice.Publicity.Domain.Events;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Api.Events;

/// <summary>The body of <c>POST /api/publicity/events/{id}/registrations</c>: anyone may register, without an account.</summary>
/// <param name="Name">The participant's name, at most 200 characters.</param>
/// <param name="Email">Where the confirmation code is sent; one registration per address and event.</param>
/// <param name="Organisation">Their organisation or profession, at most 200 characters (may be empty).</param>
/// <param name="Language">The language of the mails: <c>bg</c>, <c>en</c> or <c>fr</c>; the request's language when absent.</param>
/// <param name="Consent">Must be true: the participant agrees to <c>consentWording</c> of the event's registration form.</param>
/// <param name="Website">Leave empty. A field people do not see on the form: what fills it is a robot.</param>
public sealed record RegistrationRequest(
    string? Name = null, string? Email = null, string? Organisation = null, string? Language = null, bool? Consent = null,
    string? Website = null)
{
    [JsonIgnore]
    public bool IsFromRobot => !string.IsNullOrEmpty(Website);
}

public sealed class RegistrationRequestValidator : RequestValidator<RegistrationRequest>
{
    public RegistrationRequestValidator()
    {
        RuleFor(r => r.Name).RequiredText(Registration.MaxNameLength);
        RuleFor(r => r.Email).NotEmpty().MaximumLength(Registration.MaxEmailLength)
            .Must(BeAnAddress)
            .WithMessage(_ => ReaderLanguage.Pick("Невалиден адрес на електронна поща.", "Not a valid e-mail address.", "Adresse électronique non valide."));
        RuleFor(r => r.Organisation).OptionalText(Registration.MaxOrganisationLength);
        RuleFor(r => r.Language).Language();
        RuleFor(r => r.Consent).Equal(true)
            .WithMessage(_ => ReaderLanguage.Pick("Регистрацията изисква съгласието ви.", "Registration needs your consent.",
                "L'inscription nécessite votre consentement."));
    }

    /// <summary>One plain address (<c>someone@example.bg</c>): no display name, no list, nothing a mail header could be built from.</summary>
    private static bool BeAnAddress(string? text) =>
        text is not null && MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim()
            && address.Host.Contains('.', StringComparison.Ordinal) && !text.Any(char.IsControl);
}

/// <summary>The body of <c>POST /api/publicity/registrations/confirmation</c>.</summary>
/// <param name="Code">The code mailed to the participant, e.g. <c>7KQ2M-X9D4P</c> (case, spaces and dashes do not matter).</param>
public sealed record ConfirmationRequest(string? Code = null);

public sealed class ConfirmationRequestValidator : RequestValidator<ConfirmationRequest>
{
    public ConfirmationRequestValidator() => RuleFor(r => r.Code).NotEmpty().MaximumLength(40);
}

/// <summary>The body of <c>POST /api/publicity/registrations/cancellation</c>.</summary>
/// <param name="Token">The token of the cancellation link mailed to the participant.</param>
public sealed record CancellationRequest(string? Token = null);

public sealed class CancellationRequestValidator : RequestValidator<CancellationRequest>
{
    public CancellationRequestValidator() => RuleFor(r => r.Token).NotEmpty().MaximumLength(100);
}

/// <summary>The body of <c>PUT /api/publicity/events/{id}/attendance</c>: who was there (it replaces any earlier list).</summary>
/// <param name="Attended">The ids of the registrations whose participants were present.</param>
public sealed record AttendanceRequest(IReadOnlyList<Guid>? Attended = null);

public sealed class AttendanceRequestValidator : RequestValidator<AttendanceRequest>
{
    public AttendanceRequestValidator()
    {
        RuleFor(r => r.Attended).NotNull();
        RuleFor(r => r.Attended!.Count).LessThanOrEqualTo(PublicEvent.MaxCapacity).When(r => r.Attended is not null).OverridePropertyName("attended");
    }
}
