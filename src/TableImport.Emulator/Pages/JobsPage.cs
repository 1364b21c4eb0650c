using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using TableImport.Emulator.Model;
using TableImport.Emulator.State;

namespace TableImport.Emulator.Pages;

/// <summary>
/// <c>GET /</c>: the spaces, their jobs and each job's queries, as one server-rendered HTML page. Every value is
/// HTML-encoded and the page carries no script (its Content-Security-Policy allows none), so it reads the same with
/// JavaScript off.
/// </summary>
internal sealed class JobsPage(JobStore store, EmulatorClock clock, EmulatorOptions options)
{
    /// <summary>How many queries a job shows, newest first; the page says how many it leaves out.</summary>
    public const int QueriesPerJob = 50;

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public async Task WriteAsync(HttpContext http)
    {
        if (options.FollowWallClock)
        {
            store.CatchUp(clock.UtcNow);
        }

        var html = Render(store.Snapshot(QueriesPerJob), clock.UtcNow, options.Warehouse, options.GraphQLSchema);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        await http.Response.WriteAsync(html, Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    internal static string Render(IReadOnlyList<SpaceView> spaces, DateTimeOffset now, string? warehouse, EmulatorGraphQLSchema graphQLSchema)
    {
        var page = new StringBuilder();
        page.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Table Importer emulator</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
            table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { border: 1px solid #c8c8c8; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #f2f2f2; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            .problem { color: #a00000; }
            </style>
            </head>
            <body>
            <header>
            <h1>Table Importer emulator</h1>

            """);
        page.Append("<p>Emulator time <time datetime=\"").Append(Instant(now)).Append("\">").Append(Instant(now)).Append("</time>. ")
            .Append("The API is <code>POST /graphql</code>. ")
            .Append(graphQLSchema == EmulatorGraphQLSchema.Proven
                ? "Schema <code>proven</code>: only what has evidence of working against the live API (no input field tagged [3p-unexercised] or [inf], and a mutation takes a job's <code>jobId</code> only). "
                : "Schema <code>known</code>: everything docs/api/schema.graphql describes. ");
        if (warehouse is null)
        {
            page.Append("No warehouse: the emulator reads no table, so the rows of a query are made up (start it with <code>--warehouse FILE.duckdb</code> to count real rows).");
        }
        else
        {
            page.Append("Warehouse <code>").Append(Encode(warehouse)).Append("</code>: a query's rows are the rows of the job's table whose change timestamp falls in its window.");
        }

        page.Append("</p>\n</header>\n<main>\n");
        if (spaces.Count == 0)
        {
            page.Append("<p>No jobs yet: create one with <code>createTableImportJob</code>.</p>\n");
        }

        for (var s = 0; s < spaces.Count; s++)
        {
            AppendSpace(page, spaces[s], s + 1);
        }

        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void AppendSpace(StringBuilder page, SpaceView space, int number)
    {
        page.Append("<section aria-labelledby=\"space-").Append(number).Append("\">\n<h2 id=\"space-").Append(number).Append("\">Space <code>")
            .Append(Encode(space.SpaceId)).Append("</code></h2>\n");
        page.Append("<table>\n<caption>Jobs</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">Model</th><th scope=\"col\">Job id</th><th scope=\"col\">Environment</th><th scope=\"col\">Store and table</th>")
            .Append("<th scope=\"col\">Status</th><th scope=\"col\">Queries succeeded</th><th scope=\"col\">Queries failed</th><th scope=\"col\">Queries pending</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var view in space.Jobs)
        {
            var job = view.Job;
            page.Append("<tr><td>").Append(Encode(job.ModelName)).Append("</td>")
                .Append("<td><a href=\"#job-").Append(Encode(job.JobId)).Append("\"><code>").Append(Encode(job.JobId)).Append("</code></a></td>")
                .Append("<td>").Append(Encode(job.ModelEnvironmentName)).Append("</td>")
                .Append("<td>").Append(Encode(StoreAndTable(job))).Append("</td>")
                .Append("<td>").Append(Encode(job.JobStatus)).Append("</td>")
                .Append("<td class=\"number\">").Append(Number(job.TotalQueriesSuccessCount)).Append("</td>")
                .Append("<td class=\"number\">").Append(Number(job.TotalQueriesFailedCount)).Append("</td>")
                .Append("<td class=\"number\">").Append(Number(job.TotalQueriesPendingCount)).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n");
        foreach (var view in space.Jobs)
        {
            AppendQueries(page, view);
        }

        page.Append("</section>\n");
    }

    private static void AppendQueries(StringBuilder page, JobView view)
    {
        var job = view.Job;
        page.Append("<section id=\"job-").Append(Encode(job.JobId)).Append("\">\n<h3>").Append(Encode(job.ModelName))
            .Append(" <small>job <code>").Append(Encode(job.JobId)).Append("</code></small></h3>\n");
        if (view.LastRunProblem is not null)
        {
            page.Append("<p class=\"problem\">The last run failed: ").Append(Encode(view.LastRunProblem)).Append("</p>\n");
        }

        if (view.QueryCount == 0)
        {
            page.Append("<p>No queries yet.</p>\n</section>\n");
            return;
        }

        page.Append("<table>\n<caption>Queries: ").Append(Number(view.QueryCount));
        if (view.QueryCount > view.NewestQueries.Count)
        {
            page.Append(", the newest ").Append(Number(view.NewestQueries.Count)).Append(" shown");
        }

        page.Append(", newest first</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">Query id</th><th scope=\"col\">Ran at</th><th scope=\"col\">Window start</th><th scope=\"col\">Window end</th><th scope=\"col\">Rows</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var query in view.NewestQueries)
        {
            page.Append("<tr><td><code>").Append(Encode(query.QueryId)).Append("</code></td>")
                .Append("<td>").Append(Instant(query.CreatedAt)).Append("</td>")
                .Append("<td>").Append(query.WindowStartTimestamp is { } start ? Instant(start) : "no lower bound").Append("</td>")
                .Append("<td>").Append(query.WindowEndTimestamp is { } end ? Instant(end) : "no upper bound").Append("</td>")
                .Append("<td class=\"number\">").Append(Number(query.RecordsProcessedCount)).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The store and the table as the store names it: BigQuery project.dataset.table, the others database/catalog.schema.table.</summary>
    private static string StoreAndTable(TableImportJob job)
    {
        var table = job.BigQueryTableConfig is { } bigQuery ? $"{bigQuery.ProjectId}.{bigQuery.Dataset}.{bigQuery.TableName}"
            : job.SnowflakeTableConfig is { } snowflake ? $"{snowflake.Database}.{snowflake.Schema}.{snowflake.TableName}"
            : job.DatabricksTableConfig is { } databricks ? $"{databricks.Catalog}.{databricks.DatabricksSchema}.{databricks.TableName}"
            : "";
        return job.TableStore + " " + table + (job.EventBased ? " (event-based)" : "");
    }

    private static string Encode(string text) => Html.Encode(text);

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    private static string Instant(DateTime utc) => Instant(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
