namespace Justice.Assessment.Feedback;

/// <summary>A text in the three languages people read the system in.</summary>
public sealed record LocalizedText(string Bg, string En, string Fr)
{
    /// <summary>The text in <paramref name="language"/> (bg, en or fr); Bulgarian for anything else.</summary>
    public string In(string language) => language switch
    {
        "en" => En,
        "fr" => Fr,
        _ => Bg,
    };
}
