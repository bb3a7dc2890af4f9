using Microsoft.Playwright;

namespace Justice.Publicity.Tests.Browser;

/// <summary>
/// The Publicity service served by Kestrel on 127.0.0.1 (a <see cref="PublicityHost"/> over a socket) and one headless
/// Debian Chromium for a whole test class, driven by Playwright. Playwright's driver comes inside its NuGet package; its
/// browser download is never used: Chromium is the one eng/install.sh installs at <see cref="ChromiumPath"/>.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// What lets Chromium start here as root and stay off a network it cannot reach: without the background-networking
    /// flags it keeps trying Google's hosts, which this machine refuses.
    /// </summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IPage? _shared;

    public PublicityHost Publicity { get; } = new() { OverSocket = true };
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's address for a path, e.g. <c>http://127.0.0.1:41234/fr/events</c>.</summary>
    public string Url(string path) => new Uri(Publicity.Address, path).ToString();

    /// <summary>A fresh context (no cookies or history shared with other tests), with or without JavaScript.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        context.SetDefaultTimeout(15_000); // a 2-core CI machine running other tests beside these
        return context;
    }

    /// <summary>
    /// One tab kept for the class, for tests that only read pages (a class's tests run one after another): saves a
    /// context per test when there are dozens.
    /// </summary>
    public async Task<IPage> SharedPageAsync()
    {
        if (_shared is null)
        {
            var context = await NewContextAsync();
            _shared = await context.NewPageAsync();
        }
        return _shared;
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: run ./eng/install.sh, which installs Debian's package.");
        }
        Assertions.SetDefaultExpectTimeout(15_000);
        await Publicity.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = Flags });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Publicity.DisposeAsync();
    }
}
