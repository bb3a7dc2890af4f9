using FluentValidation;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Training.Domain;

namespace Justice.Training.Api;

/// <summary>Request rules for the people the programme trains.</summary>
public static class PersonRules
{
    /// <summary>A full name in one script (Cyrillic or Latin), at most 200 characters once spaces are tidied.</summary>
    public static IRuleBuilderOptions<T, string?> FullName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(PractitionerRules.MaxNameLength)
            .Must(name => name is not null && PractitionerRules.IsValidFullName(PractitionerRules.NormalizeFullName(name)))
            .WithMessage(_ => ReaderLanguage.Pick(
                "Използвайте кирилица или латиница (едната от двете), интервали, тирета и апострофи.",
                "Use Cyrillic or Latin letters (one script), spaces, hyphens and apostrophes.",
                "Utilisez des lettres cyrilliques ou latines (une seule écriture), des espaces, des traits d'union et des apostrophes."));
}
