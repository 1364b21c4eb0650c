using Microsoft.Playwright;

namespace TableImport.Emulator.Tests.Pages;

/// <summary>
/// The machine's Chromium (Debian's <c>chromium</c> package), driven by Playwright through its executable path; a
/// test tool's own browser download does not work on machines without network access, so none is attempted.
/// </summary>
internal static class Chromium
{
    /// <summary>Set to <c>1</c> (as <c>.ci/run</c> does) to make a browser test fail, not skip, when Chromium is missing.</summary>
    public const string RequiredVariable = "TABLEIMPORT_BROWSER_TESTS_REQUIRED";

    /// <summary>Overrides where Chromium is (default <c>/usr/bin/chromium</c>).</summary>
    public const string PathVariable = "TABLEIMPORT_CHROMIUM";

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Installed => File.Exists(ExecutablePath);

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static string Missing =>
        $"Chromium was not found at {ExecutablePath}. Install it (Debian: apt-get install chromium) or set {PathVariable} to its path.";

    /// <summary>
    /// Headless, with a fresh profile (Playwright makes one per launch), and without the background connections Chromium
    /// makes at start (a closed network refuses them).
    /// </summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!Installed)
        {
            throw new InvalidOperationException(Missing);
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }
}

/// <summary>
/// A test that needs Chromium. xunit 2 cannot skip from inside a test, so the attribute decides at discovery: without
/// Chromium the test is skipped with the reason, unless <see cref="Chromium.RequiredVariable"/> is set, as in CI, where it
/// runs and fails saying what is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.Installed && !Chromium.Required)
        {
            Skip = Chromium.Missing + $" (set {Chromium.RequiredVariable}=1 to fail instead of skipping)";
        }
    }
}
