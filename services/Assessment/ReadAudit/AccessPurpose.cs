using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Mvc;

namespace Justice.Assessment.ReadAudit;

/// <summary>
/// Why the caller reads a victim's personal data, from the fixed list: the <c>X-Access-Purpose</c> header or the
/// <c>purpose</c> query parameter. Required on every read of personal fields; bind it with <c>[AsParameters]</c>.
/// </summary>
public sealed record AccessPurpose(
    [property: FromHeader(Name = AccessPurpose.HeaderName)] string? Header = null,
    [property: FromQuery(Name = "purpose")] string? Purpose = null)
{
    public const string HeaderName = "X-Access-Purpose";

    public static readonly IReadOnlyList<string> Known =
        ["assessment", "case-cooperation", "court-proceedings", "supervision", "data-subject-request"];

    /// <summary>The stated purpose, once validated.</summary>
    public string Value => Header ?? Purpose ?? throw new InvalidOperationException("The purpose was not validated.");
}

public sealed class AccessPurposeValidator : RequestValidator<AccessPurpose>
{
    public AccessPurposeValidator()
    {
        RuleFor(p => p.Header ?? p.Purpose).NotEmpty().OneOf(AccessPurpose.Known).OverridePropertyName("purpose")
            .WithMessage(_ => ReaderLanguage.Pick(
                "Посочете целта на достъпа (заглавка X-Access-Purpose или параметър purpose): ",
                "State the purpose of access (X-Access-Purpose header or purpose parameter): ",
                "Indiquez la finalité de l'accès (en-tête X-Access-Purpose ou paramètre purpose) : ")
                + string.Join(", ", AccessPurpose.Known) + ".");
    }
}
