using Justice.Contracts;

namespace Justice.Network.Domain.Cases;

/// <summary>How a cooperation case ends: the codes a closure may give, with their names in bg, en and fr.</summary>
public static class CaseOutcomes
{
    public static readonly IReadOnlyDictionary<string, LocalizedText> All = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["support-completed"] = new("Подкрепата е предоставена", "Support completed", "Soutien apporté"),
        ["proceedings-ended"] = new("Производството е приключило", "Proceedings ended", "Procédure terminée"),
        ["transferred"] = new("Предаден на друг съдебен район или служба", "Transferred to another region or service",
            "Transféré à une autre région ou un autre service"),
        ["victim-declined"] = new("Пострадалият отказа по-нататъшна подкрепа", "The victim declined further support",
            "La victime a refusé tout soutien supplémentaire"),
        ["other"] = new("Друго", "Other", "Autre"),
    };

    public static bool IsKnown(string? code) => code is not null && All.ContainsKey(code);
}
