using System.Globalization;
using System.Text;
using TableImport.Client;

namespace TableImport.Sample;

/// <summary>Formats the space's jobs as a plain text table.</summary>
public static class JobTable
{
    /// <summary>One row per job: id, model, environment, store, table, status, queries.</summary>
    public static string Format(IReadOnlyList<TableImportJobInfo> jobs)
    {
        string[] header = ["Job id", "Model", "Environment", "Store", "Table", "Status", "Queries ok/failed"];
        var rows = jobs
            .OrderBy(j => j.ModelName, StringComparer.Ordinal)
            .Select(j => new[]
            {
                j.JobId,
                j.ModelName,
                GraphQLNames.Of(j.ModelEnvironmentName),
                GraphQLNames.Of(j.TableStore),
                j.BigQueryTableConfig?.ToString() ?? j.Table ?? "",
                j.JobStatus.ToString().ToLowerInvariant(),
                string.Create(CultureInfo.InvariantCulture, $"{j.TotalQueriesSuccessCount}/{j.TotalQueriesFailedCount}"),
            })
            .ToList();
        return Table(header, rows).Append(CultureInfo.InvariantCulture, $"{jobs.Count} job(s) in the space.").ToString();
    }

    /// <summary>One row per job: its model, how many queries ran, and the last one's window and the rows it counted.</summary>
    public static string FormatRuns(IReadOnlyList<(TableImportJobInfo Job, TableImportQueryList Runs)> jobs)
    {
        string[] header = ["Model", "Queries", "Last window (UTC)", "Rows counted"];
        var rows = jobs
            .OrderBy(j => j.Job.ModelName, StringComparer.Ordinal)
            .Select(j =>
            {
                var last = j.Runs.Queries.OrderBy(q => q.CreatedAt).LastOrDefault();
                return new[]
                {
                    j.Job.ModelName,
                    j.Runs.TotalCount.ToString(CultureInfo.InvariantCulture),
                    last is null ? "" : Time(last.WindowStartTimestamp) + " - " + Time(last.WindowEndTimestamp),
                    last?.RecordsProcessedCount.ToString(CultureInfo.InvariantCulture) ?? "",
                };
            })
            .ToList();
        return Table(header, rows).ToString();
    }

    private static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "(open)";

    private static StringBuilder Table(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Append(text, header, widths);
        Append(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            Append(text, row, widths);
        }

        return text;
    }

    private static void Append(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(cells[i].PadRight(widths[i])).Append(i + 1 < cells.Length ? "  " : "");
        }

        text.AppendLine();
    }
}
