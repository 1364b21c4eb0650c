using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using TableImport.Client;

namespace TableImport.Cli.Output;

/// <summary>Human output: Spectre tables, with colour on a terminal and plain text (wide, unwrapped) when redirected.</summary>
internal static class Tables
{
    public static IAnsiConsole For(CliConsole console)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = console.OutputIsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!console.OutputIsTerminal)
        {
            // A pipe has no width: do not wrap a table into a column of fragments.
            ansi.Profile.Width = 240;
        }

        return ansi;
    }

    public static IRenderable Jobs(IReadOnlyList<TableImportJobInfo> jobs)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("JOB ID", "MODEL", "TYPE", "ENVIRONMENT", "STATUS", "STORE", "TABLE", "QUERIES OK/FAILED/PENDING", "CREATED");
        foreach (var job in jobs)
        {
            table.AddRow(
                Text(job.JobId),
                Text(job.ModelName + (job.ModelVersion is { Length: > 0 } v ? " (" + v + ")" : "")),
                Text(GraphQLNames.Of(job.ModelType)),
                Text(GraphQLNames.Of(job.ModelEnvironmentName)),
                Status(job.JobStatus),
                Text(GraphQLNames.Of(job.TableStore)),
                Text(TableOf(job)),
                Text($"{job.TotalQueriesSuccessCount}/{job.TotalQueriesFailedCount}/{job.TotalQueriesPendingCount}"),
                Text(job.CreatedAt.ToString("u", CultureInfo.InvariantCulture)));
        }

        return table;
    }

    public static IRenderable Job(TableImportJobInfo job)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow(Text(name), Text(value));
            }
        }

        Row("jobId", job.JobId);
        Row("id", job.Id);
        grid.AddRow(Text("jobStatus"), Status(job.JobStatus));
        Row("modelName", job.ModelName);
        Row("modelVersion", job.ModelVersion);
        Row("modelType", GraphQLNames.Of(job.ModelType));
        Row("modelEnvironmentName", GraphQLNames.Of(job.ModelEnvironmentName));
        Row("batchId", job.BatchId);
        Row("tableStore", GraphQLNames.Of(job.TableStore));
        Row("table", TableOf(job));
        Row("modelId", job.ModelId);
        foreach (var (path, value) in SchemaValues.Of(job))
        {
            grid.AddRow(Text(path), Text(value));
        }

        Row("queries ok/failed/pending", $"{job.TotalQueriesSuccessCount}/{job.TotalQueriesFailedCount}/{job.TotalQueriesPendingCount}");
        Row("createdAt", job.CreatedAt.ToString("u", CultureInfo.InvariantCulture));
        return grid;
    }

    public static IRenderable Queries(TableImportQueryList list)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("QUERY ID", "CREATED", "WINDOW START", "WINDOW END", "RECORDS");
        foreach (var query in list.Queries)
        {
            table.AddRow(
                Text(query.QueryId),
                Text(query.CreatedAt.ToString("u", CultureInfo.InvariantCulture)),
                Text(query.WindowStartTimestamp?.ToString("u", CultureInfo.InvariantCulture) ?? "-"),
                Text(query.WindowEndTimestamp?.ToString("u", CultureInfo.InvariantCulture) ?? "-"),
                Text(query.RecordsProcessedCount.ToString(CultureInfo.InvariantCulture)));
        }

        return table;
    }

    /// <summary>The job's table for people: BigQuery's project.dataset.table, else the table as the server reports it.</summary>
    public static string TableOf(TableImportJobInfo job) =>
        job.BigQueryTableConfig is { ProjectId.Length: > 0 } bigQuery ? bigQuery.ToString() : job.Table ?? "";

    private static Text Text(string value) => new(value);

    private static IRenderable Status(JobStatus status) => new Markup(status switch
    {
        JobStatus.Active => "[green]active[/]",
        JobStatus.Inactive => "[yellow]inactive[/]",
        _ => "[grey]deleted[/]",
    });
}
