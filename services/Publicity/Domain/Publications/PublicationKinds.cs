namespace Justice.Publicity.Domain.Publications;

/// <summary>What a publication is: a news article, a press release, or a publication of the programme (which may carry a PDF).</summary>
public static class PublicationKinds
{
    public const string Article = "article";
    public const string PressRelease = "press-release";
    public const string Publication = "publication";

    public static readonly IReadOnlyList<string> All = [Article, PressRelease, Publication];

    /// <summary>Only a publication of the programme carries files (a PDF per language).</summary>
    public static bool CarriesFiles(string kind) => kind == Publication;
}
