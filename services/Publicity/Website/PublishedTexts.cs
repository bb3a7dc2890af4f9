using Justice.Publicity.Domain.Films;
using Justice.Publicity.Domain.Publications;

namespace Justice.Publicity.Website;

/// <summary>What the public reads of a publication or the film: its text in the page's language, else the Bulgarian.</summary>
public static class PublishedTexts
{
    public static PublicationText In(this Publication publication, string language) =>
        publication.Text(language) ?? publication.Text("bg")!;

    public static string TitleIn(this TrainingFilm film, string language) =>
        language switch { "en" => film.TitleEn, "fr" => film.TitleFr, _ => null } ?? film.TitleBg;

    public static string DescriptionIn(this TrainingFilm film, string language) =>
        language switch { "en" => film.DescriptionEn, "fr" => film.DescriptionFr, _ => null } ?? film.DescriptionBg;

    public static string LanguageName(string code) => code switch
    {
        "en" => "English",
        "fr" => "Français",
        _ => "Български",
    };
}
