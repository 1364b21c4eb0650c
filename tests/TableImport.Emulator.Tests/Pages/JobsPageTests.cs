using System.Net;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests.Pages;

/// <summary>The page at GET /, read as plain HTTP: what it shows and how it is served.</summary>
public sealed class JobsPageTests : EmulatorTestBase, IDisposable
{
    private readonly HttpClient http = new();

    [Fact]
    public async Task An_empty_emulator_says_it_has_no_jobs_and_that_its_rows_are_made_up()
    {
        using var response = await http.GetAsync(Server.BaseAddress);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<p>No jobs yet: create one with <code>createTableImportJob</code>.</p>", html, StringComparison.Ordinal);
        Assert.Contains("No warehouse: the emulator reads no table, so the rows of a query are made up", html, StringComparison.Ordinal);
        Assert.Contains("Emulator time <time datetime=\"2024-08-20T00:00:00Z\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_value_a_client_sent_is_HTML_encoded()
    {
        const string Name = "<script>alert(\"x\")</script> & co";
        await Jobs.CreateAsync(Client, Jobs.Input(spaceId: "<b>space</b>", modelName: Name));

        var html = await http.GetStringAsync(Server.BaseAddress);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>space</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;space&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spaces_come_in_the_order_of_their_first_job_with_each_jobs_row()
    {
        await Jobs.CreateAsync(Client, Jobs.Input(spaceId: "space-b", modelName: "first model"));
        var (_, jobId) = await Jobs.CreateAsync(Client, Jobs.Input(spaceId: "space-a", modelName: "second model"));
        await Jobs.CreateAsync(Client, Jobs.Input(spaceId: "space-b", modelName: "third model"));

        var html = await http.GetStringAsync(Server.BaseAddress);

        Assert.True(html.IndexOf("space-b", StringComparison.Ordinal) < html.IndexOf("space-a", StringComparison.Ordinal));
        Assert.Contains(
            $"<tr><td>second model</td><td><a href=\"#job-{jobId}\"><code>{jobId}</code></a></td><td>production</td><td>BigQuery test-project-id.test-dataset.test-table</td><td>active</td>" +
            "<td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">0</td></tr>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_shows_its_newest_queries_first_and_says_how_many_it_leaves_out()
    {
        var (_, jobId) = await Jobs.CreateAsync(Client, Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["refreshIntervalMinutes"] = 1 }));
        Server.Clock.Advance(TimeSpan.FromMinutes(60));

        var html = await http.GetStringAsync(Server.BaseAddress);

        Assert.Contains("<caption>Queries: 60, the newest 50 shown, newest first</caption>", html, StringComparison.Ordinal);
        var newest = html.IndexOf("<td>2024-08-20T01:00:00Z</td>", StringComparison.Ordinal);
        var older = html.IndexOf("<td>2024-08-20T00:59:00Z</td>", StringComparison.Ordinal);
        Assert.True(newest > 0 && older > newest, "newest first");
        Assert.DoesNotContain("<td>2024-08-20T00:10:00Z</td>", html, StringComparison.Ordinal); // the 10th of 60: left out
        Assert.Contains($"<section id=\"job-{jobId}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_read_only_and_not_behind_the_api_key()
    {
        await using var locked = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "secret-key", StartTime = Start });

        using var page = await http.GetAsync(locked.BaseAddress);
        using var graphql = await http.PostAsync(locked.GraphQLEndpoint, new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"));
        using var post = await http.PostAsync(locked.BaseAddress, new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("secret-key", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, graphql.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    public void Dispose() => http.Dispose();
}
