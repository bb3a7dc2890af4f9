using FluentValidation;
using Justice.Api;
using Justice.Contracts;

namespace Justice.Publicity.Api.Events;

/// <summary>A text in the programme's languages: Bulgarian required, English and French when translated.</summary>
public sealed record EventTexts(string? Bg = null, string? En = null, string? Fr = null)
{
    public LocalizedText ToLocalized() => new(Bg!.Trim(), En?.Trim() ?? "", Fr?.Trim() ?? "");

    public static EventTexts From(LocalizedText text) =>
        new(text.Bg, text.En.Length > 0 ? text.En : null, text.Fr.Length > 0 ? text.Fr : null);
}

public static class EventTextsRules
{
    /// <summary>Bulgarian required; a translation given is a text in it, not blank; each at most <paramref name="maxLength"/>.</summary>
    public static void Each(InlineValidator<EventTexts> text, int maxLength)
    {
        text.RuleLevelCascadeMode = CascadeMode.Stop;
        text.RuleFor(t => t.Bg).RequiredText(maxLength);
        text.RuleFor(t => t.En).RequiredText(maxLength).When(t => t.En is not null);
        text.RuleFor(t => t.Fr).RequiredText(maxLength).When(t => t.Fr is not null);
    }
}
