using Microsoft.Playwright;

namespace TellItOnce.EndToEnd.Tests;

/// <summary>
/// One headless Chromium for each test class (each class is its own collection), driven by Playwright. Browsers cannot be
/// downloaded here, so this is the machine's Chromium (.ci/run installs it; TELLITONCE_CHROMIUM names another). Each test
/// gets its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Variable = "TELLITONCE_CHROMIUM";

    /// <summary>How long any wait for the browser may take: generous, as a busy two-core machine can be slow.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    // Without the background-networking flags Chromium keeps trying to reach Google on a closed network and slows down.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>No Chromium, and not under CI: there a missing Chromium must fail the run, not quietly skip every test.</summary>
    public static bool Missing => !File.Exists(ExecutablePath) && Environment.GetEnvironmentVariable("CI") is not ("true" or "1");

    private static string MissingReason => $"No Chromium at {ExecutablePath}: install it (see .ci/run) or set {Variable} to run the browser tests.";

    public async ValueTask InitializeAsync()
    {
        if (Missing)
        {
            return;
        }

        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{MissingReason} Under CI they must run.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }

    public static void SkipIfMissing()
    {
        if (Missing)
        {
            Assert.Skip(MissingReason);
        }
    }

    /// <summary>A fresh browser context (no cookies) whose relative addresses go to the app.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, bool javaScriptEnabled)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var browser = _browser ?? throw new InvalidOperationException("Chromium has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A test with its own browser context and page on the served app, closed when the test ends.</summary>
public abstract class BrowserTest : IAsyncLifetime, IClassFixture<Chromium>
{
    private readonly ServedApp _app;
    private readonly Chromium _chromium;
    private IBrowserContext? _context;
    private IPage? _page;

    protected BrowserTest(ServedApp app, Chromium chromium)
    {
        Chromium.SkipIfMissing();
        _app = app;
        _chromium = chromium;
    }

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is not open yet.");

    /// <summary>Whether the browser runs the pages' JavaScript; a class that checks the no-JavaScript experience says false.</summary>
    protected virtual bool JavaScriptEnabled => true;

    public async ValueTask InitializeAsync()
    {
        _context = await _chromium.NewContextAsync(_app.BaseAddress, JavaScriptEnabled);
        _page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
