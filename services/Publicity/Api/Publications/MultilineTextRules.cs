using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Api.Publications;

/// <summary>Texts of several paragraphs (a Markdown body, a film's description): line breaks and tabs are part of them.</summary>
internal static class MultilineTextRules
{
    /// <summary>
    /// As <see cref="Rules.OptionalText{T}"/>, except that line breaks and tabs are allowed; every other control or invisible
    /// formatting character is still refused.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MultilineText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(value => value is null || !InvisibleCharacters.Any(value.Replace("\r", "", StringComparison.Ordinal)
                .Replace("\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal)))
            .WithMessage(_ => ReaderLanguage.Pick(
                "Освен нов ред и табулация, контролни и невидими форматиращи знаци (като U+0000 и U+202E) не са разрешени.",
                "Apart from line breaks and tabs, control and invisible formatting characters (such as U+0000 and U+202E) are not allowed.",
                "Hormis les retours à la ligne et les tabulations, les caractères de contrôle et de mise en forme invisibles (comme U+0000 et U+202E) ne sont pas autorisés."))
            .Must(value => value is null || value.Trim().Length <= maxLength)
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Разрешени са най-много {maxLength} знака.", $"At most {maxLength} characters are allowed.",
                $"{maxLength} caractères au plus sont autorisés."));
}
