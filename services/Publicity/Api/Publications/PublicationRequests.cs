using FluentValidation;
using Justice.Api;
using Justice.Publicity.Domain.Publications;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Api.Publications;

/// <summary>The body of <c>POST /api/publicity/publications</c>.</summary>
/// <param name="Kind"><c>article</c>, <c>press-release</c> or <c>publication</c> (only a publication carries a PDF per language). It stays.</param>
/// <param name="Bg">The Bulgarian text: required.</param>
/// <param name="En">The English text, when translated: title and body both, or nothing.</param>
/// <param name="Fr">The French text, when translated: title and body both, or nothing.</param>
public sealed record CreatePublicationRequest(
    string? Kind = null, PublicationTextRequest? Bg = null, PublicationTextRequest? En = null, PublicationTextRequest? Fr = null);

/// <summary>The body of <c>PUT /api/publicity/publications/{id}</c>: every language's text, replacing what there was (a language left out is removed).</summary>
/// <param name="Bg">The Bulgarian text: required.</param>
/// <param name="En">The English text, when translated: title and body both, or nothing.</param>
/// <param name="Fr">The French text, when translated: title and body both, or nothing.</param>
public sealed record UpdatePublicationRequest(PublicationTextRequest? Bg = null, PublicationTextRequest? En = null, PublicationTextRequest? Fr = null);

/// <summary>A publication in one language. A language counts only with both its title and its body.</summary>
/// <param name="Title">At most 300 characters.</param>
/// <param name="Summary">A lead for lists, at most 1,000 characters; may be left out.</param>
/// <param name="Body">The text in Markdown, at most 30,000 characters. Readers get it as sanitised HTML: no script, event handler or <c>javascript:</c> link survives.</param>
public sealed record PublicationTextRequest(string? Title = null, string? Summary = null, string? Body = null)
{
    /// <summary>The text, trimmed, once validated; null for a language not given.</summary>
    public static PublicationText? Text(PublicationTextRequest? request) => request is null
        ? null
        : new PublicationText(request.Title!.Trim(), string.IsNullOrWhiteSpace(request.Summary) ? null : request.Summary.Trim(),
            request.Body!.Trim());
}

public sealed class PublicationTextRequestValidator : RequestValidator<PublicationTextRequest>
{
    public PublicationTextRequestValidator()
    {
        RuleFor(t => t.Title).NotEmpty().WithMessage(_ => BothTitleAndBody()).OptionalText(PublicationText.MaxTitleLength);
        RuleFor(t => t.Summary).OptionalText(PublicationText.MaxSummaryLength);
        RuleFor(t => t.Body).NotEmpty().WithMessage(_ => BothTitleAndBody()).MultilineText(PublicationText.MaxBodyLength);
    }

    private static string BothTitleAndBody() => ReaderLanguage.Pick(
        "Всеки даден език има заглавие и текст.", "Each language given has a title and a body.",
        "Chaque langue donnée a un titre et un texte.");
}

public sealed class CreatePublicationRequestValidator : RequestValidator<CreatePublicationRequest>
{
    public CreatePublicationRequestValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().OneOf(PublicationKinds.All);
        RuleFor(r => r.Bg).NotNull().WithMessage(_ => PublicationTextRules.BulgarianRequired())
            .SetValidator(new PublicationTextRequestValidator()!);
        RuleFor(r => r.En).SetValidator(new PublicationTextRequestValidator()!);
        RuleFor(r => r.Fr).SetValidator(new PublicationTextRequestValidator()!);
    }
}

public sealed class UpdatePublicationRequestValidator : RequestValidator<UpdatePublicationRequest>
{
    public UpdatePublicationRequestValidator()
    {
        RuleFor(r => r.Bg).NotNull().WithMessage(_ => PublicationTextRules.BulgarianRequired())
            .SetValidator(new PublicationTextRequestValidator()!);
        RuleFor(r => r.En).SetValidator(new PublicationTextRequestValidator()!);
        RuleFor(r => r.Fr).SetValidator(new PublicationTextRequestValidator()!);
    }
}

internal static class PublicationTextRules
{
    public static string BulgarianRequired() => ReaderLanguage.Pick(
        "Текстът на български е задължителен.", "The Bulgarian text is required.", "Le texte en bulgare est obligatoire.");
}

/// <summary>The filter of <c>GET /api/publicity/publications</c>.</summary>
/// <param name="Kind">Only this kind: <c>article</c>, <c>press-release</c> or <c>publication</c>.</param>
/// <param name="State">Only this state (<c>draft</c>, <c>published</c>, <c>withdrawn</c>); callers who do not edit see published ones only, whatever they ask.</param>
/// <param name="Language">Only those written in this language (<c>bg</c>, <c>en</c>, <c>fr</c>).</param>
public sealed record PublicationQuery(string? Kind = null, string? State = null, string? Language = null);

public sealed class PublicationQueryValidator : RequestValidator<PublicationQuery>
{
    public PublicationQueryValidator()
    {
        RuleFor(q => q.Kind).OneOf(PublicationKinds.All);
        RuleFor(q => q.State).OneOf(PublicationStateMachine.Codes);
        RuleFor(q => q.Language).Language();
    }
}

/// <summary>A publication's file the route names: the publication's id and the language.</summary>
public sealed record PublicationFileTarget(Guid Id, string Language);

public sealed class PublicationFileTargetValidator : RequestValidator<PublicationFileTarget>
{
    public PublicationFileTargetValidator() => RuleFor(t => t.Language).NotEmpty().Language();
}
