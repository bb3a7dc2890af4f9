using FluentValidation;
using Justice.Contracts;
using Justice.ServiceDefaults.Http;

namespace Justice.Api;

/// <summary>The rules requests share, with their messages in the reader's language.</summary>
public static class Rules
{
    /// <summary>
    /// A text people write: present, not blank, at most <paramref name="maxLength"/> characters, none of the
    /// <see cref="InvisibleCharacters"/> (control and invisible format characters).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().OptionalText(maxLength);

    /// <summary>A text that may be absent; when given, as <see cref="RequiredText{T}"/>.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(value => value is null || !InvisibleCharacters.Any(value))
            .WithMessage(_ => ReaderLanguage.Pick(
                "Контролни и невидими форматиращи знаци (като U+0000 и U+202E) не са разрешени.",
                "Control and invisible formatting characters (such as U+0000 and U+202E) are not allowed.",
                "Les caractères de contrôle et de mise en forme invisibles (comme U+0000 et U+202E) ne sont pas autorisés."))
            .Must(value => value is null || value.Trim().Length <= maxLength)
            .WithMessage(_ => ReaderLanguage.Pick(
                $"Разрешени са най-много {maxLength} знака.",
                $"At most {maxLength} characters are allowed.",
                $"{maxLength} caractères au plus sont autorisés."));

    /// <summary>A judicial region code such as <c>BG-05</c> (any case) when given.</summary>
    public static IRuleBuilderOptions<T, string?> RegionCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || JudicialRegionCode.IsWellFormed(JudicialRegionCode.Normalize(value)))
            .WithMessage(_ => ReaderLanguage.Pick(
                "Използвайте код по ISO 3166-2:BG, например BG-05.",
                "Use an ISO 3166-2:BG code such as BG-05.",
                "Utilisez un code ISO 3166-2:BG tel que BG-05."));

    /// <summary>
    /// One of the 28 judicial regions (BG-01 … BG-28, any case) when given. A code not of that form is left to
    /// <see cref="RegionCode{T}"/>, so a field gets one message, not two.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> KnownRegion<T>(this IRuleBuilderOptions<T, string?> rule) =>
        rule.Must(value => value is null || !JudicialRegionCode.IsWellFormed(JudicialRegionCode.Normalize(value))
                || JudicialRegionCode.IsKnown(JudicialRegionCode.Normalize(value)))
            .WithMessage(_ => ReaderLanguage.Pick("Непознат съдебен район; кодовете са от BG-01 до BG-28.",
                "Unknown judicial region; codes run from BG-01 to BG-28.", "Région judiciaire inconnue ; les codes vont de BG-01 à BG-28."));

    /// <summary>One of the three languages (bg, en, fr) when given.</summary>
    public static IRuleBuilderOptions<T, string?> Language<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || ReaderLanguage.All.Contains(value, StringComparer.Ordinal))
            .WithMessage(_ => ReaderLanguage.Pick("Използвайте bg, en или fr.", "Use bg, en or fr.", "Utilisez bg, en ou fr."));

    /// <summary>One of <paramref name="known"/> when given; the message lists them.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyCollection<string> known) =>
        rule.Must(value => value is null || known.Contains(value, StringComparer.Ordinal))
            .WithMessage(_ => ReaderLanguage.Pick("Непозната стойност. Известни: ", "Unknown value. Known: ", "Valeur inconnue. Connues : ")
                + string.Join(", ", known) + ".");
}
