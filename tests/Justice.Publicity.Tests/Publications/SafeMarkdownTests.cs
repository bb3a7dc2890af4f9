using Justice.Publicity.Domain.Publications;

namespace Justice.Publicity.Tests.Publications;

/// <summary>An editor's Markdown becomes HTML with its formatting and links, and without anything a browser would run.</summary>
public sealed class SafeMarkdownTests
{
    [Fact]
    public void Formatting_links_and_tables_are_kept()
    {
        var html = SafeMarkdown.ToHtml("""
            ## Програма

            **Важно**: вижте [сайта](https://justice.bg/programme) и пишете на <mailto:info@justice.bg>.

            - едно
            - две

            | Район | Екипи |
            |-------|-------|
            | BG-05 | 3 |
            """);

        Assert.Contains("<h2>Програма</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Важно</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://justice.bg/programme\">сайта</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:info@justice.bg\"", html, StringComparison.Ordinal);
        Assert.Contains("<li>две</li>", html, StringComparison.Ordinal);
        Assert.Contains("<td>BG-05</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Текст <script>alert('x')</script> след", "<script")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("[щракнете](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">връзка</a>", "javascript:")]
    [InlineData("[данни](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">стил</p>", "style")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"password\"></form>", "<form")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<svg")]
    public void Nothing_a_browser_would_run_survives(string markdown, string forbidden)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
    }
}
