using Microsoft.Playwright;
using TableImport.Emulator.Tests.Warehouse;

namespace TableImport.Emulator.Tests.Pages;

/// <summary>The page in a real headless Chromium, with JavaScript off: a job created through the API, and its query.</summary>
public sealed class BrowserTests : WarehouseTestBase
{
    [ChromiumFact]
    public async Task The_page_shows_a_created_job_and_its_query_with_window_and_rows()
    {
        Warehouse.Execute(WarehouseFile.SnowflakeTable);
        Warehouse.InsertChanges("\"snowflake-schema\".\"table-name\"", "2024-08-20T02:00:00Z", "2024-08-20T03:00:00Z", "2024-08-21T00:00:00Z");
        var (_, jobId) = await Jobs.CreateEventBasedAsync(Client);
        var queryId = (await TriggerRunAsync(jobId, "2024-08-20T01:00:00Z", "2024-08-20T23:00:00Z")).GetProperty("queryId").GetString()!;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false });
        var response = await page.GotoAsync(Server.BaseAddress.ToString());

        Assert.Equal(200, response!.Status);
        Assert.Equal("Table Importer emulator", await page.TitleAsync());
        var jobRow = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = jobId });
        Assert.Equal(
            ["model-name", jobId, "production", "Snowflake database-name.snowflake-schema.table-name (event-based)", "active", "1", "0", "0"],
            await jobRow.GetByRole(AriaRole.Cell).AllInnerTextsAsync());

        // The job id links to the job's queries, which a browser follows with no script.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = jobId }).ClickAsync();
        Assert.EndsWith("#job-" + jobId, page.Url, StringComparison.Ordinal);
        var queries = page.Locator($"[id='job-{jobId}']");
        Assert.Equal($"model-name job {jobId}", (await queries.GetByRole(AriaRole.Heading).InnerTextAsync()).Trim());
        var queryRow = queries.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = queryId });
        var cells = await queryRow.GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        Assert.Equal([queryId, "2024-08-20T00:00:00Z", "2024-08-20T01:00:00Z", "2024-08-20T23:00:00Z", "2"], cells);
        Assert.True(await queries.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = queryId }).IsVisibleAsync());
    }
}
