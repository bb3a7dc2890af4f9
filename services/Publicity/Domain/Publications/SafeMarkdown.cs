using Ganss.Xss;
using Markdig;

namespace Justice.Publicity.Domain.Publications;

/// <summary>
/// Makes an editor's Markdown into HTML the public site may show as it is: Markdig renders it (raw HTML in the Markdown
/// included, since editors paste some), then HtmlSanitizer keeps only the elements Markdown itself makes, with no
/// attribute but links' and images' addresses and texts, and no address but http, https and mailto. So no script, event
/// handler, style, frame or form, and no <c>javascript:</c> or <c>data:</c> link, ever reaches a reader.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    // Set up once and only read afterwards: Sanitize is then thread-safe (HtmlSanitizer's README).
    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "sub", "sup", "code", "pre", "blockquote",
            "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "title", "start" },
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
    });

    /// <summary>The sanitised HTML of <paramref name="markdown"/>.</summary>
    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)).Trim();
}
