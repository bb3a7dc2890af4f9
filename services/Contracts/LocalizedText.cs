namespace Justice.Contracts;

/// <summary>
/// A text people read, in the programme's three languages. <see cref="In"/> picks one: English for <c>en</c>,
/// French for <c>fr</c>, Bulgarian otherwise (the programme's default).
/// </summary>
public sealed record LocalizedText(string Bg, string En, string Fr)
{
    public string In(string? language) =>
        language is { Length: >= 2 } ? language[..2].ToUpperInvariant() switch
        {
            "EN" => En,
            "FR" => Fr,
            _ => Bg,
        } : Bg;
}
