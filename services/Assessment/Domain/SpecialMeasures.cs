using System.Collections.Frozen;

namespace Justice.Assessment.Domain;

/// <summary>A special protection measure and the clause that provides it; Art. 24 measures are for children only.</summary>
public sealed record SpecialMeasure(string Code, string Clause)
{
    public bool ForChildrenOnly => Clause.StartsWith("24", StringComparison.Ordinal);
}

/// <summary>The special measures of Art. 23 and 24 (the codes and articles of special-measures.csv; a test keeps them equal).</summary>
public static class SpecialMeasures
{
    public const string AdaptedPremises = "adapted-premises";
    public const string TrainedInterviewer = "trained-interviewer";
    public const string SameInterviewer = "same-interviewer";
    public const string SameSexInterviewer = "same-sex-interviewer";
    public const string NoVisualContact = "no-visual-contact";
    public const string HeardRemotely = "heard-remotely";
    public const string NoPrivateLifeQuestions = "no-private-life-questions";
    public const string ClosedHearing = "closed-hearing";
    public const string AudiovisualRecording = "audiovisual-recording";
    public const string SpecialRepresentative = "special-representative";
    public const string OwnLegalRepresentation = "own-legal-representation";

    public static readonly IReadOnlyList<SpecialMeasure> All =
    [
        new(AdaptedPremises, "23(2)(a)"),
        new(TrainedInterviewer, "23(2)(b)"),
        new(SameInterviewer, "23(2)(c)"),
        new(SameSexInterviewer, "23(2)(d)"),
        new(NoVisualContact, "23(3)(a)"),
        new(HeardRemotely, "23(3)(b)"),
        new(NoPrivateLifeQuestions, "23(3)(c)"),
        new(ClosedHearing, "23(3)(d)"),
        new(AudiovisualRecording, "24(1)(a)"),
        new(SpecialRepresentative, "24(1)(b)"),
        new(OwnLegalRepresentation, "24(1)(c)"),
    ];

    private static readonly FrozenDictionary<string, SpecialMeasure> ByCode = All.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static SpecialMeasure Get(string code) => ByCode[code];
}
