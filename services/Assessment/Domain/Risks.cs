using Justice.Contracts;
using System.Collections.Frozen;

namespace Justice.Assessment.Domain;

/// <summary>One of the four risks of Art. 22(1).</summary>
public sealed record Risk(string Code, LocalizedText Name);

/// <summary>The four risks the assessment rates (the codes of risks.csv; a test keeps them equal).</summary>
public static class Risks
{
    public const string SecondaryVictimisation = "secondary-victimisation";
    public const string RepeatVictimisation = "repeat-victimisation";
    public const string Intimidation = "intimidation";
    public const string Retaliation = "retaliation";

    public static readonly IReadOnlyList<Risk> All =
    [
        new(SecondaryVictimisation, new("Вторична виктимизация", "Secondary victimisation", "Victimisation secondaire")),
        new(RepeatVictimisation, new("Повторна виктимизация", "Repeat victimisation", "Victimisation répétée")),
        new(Intimidation, new("Сплашване", "Intimidation", "Intimidation")),
        new(Retaliation, new("Отмъщение", "Retaliation", "Représailles")),
    ];

    private static readonly FrozenDictionary<string, Risk> ByCode = All.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Risk Get(string code) => ByCode[code];
}
