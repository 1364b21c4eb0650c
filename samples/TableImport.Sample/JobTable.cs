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
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();

        var text = new StringBuilder();
        Append(text, header, widths);
        Append(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            Append(text, row, widths);
        }

        text.Append(CultureInfo.InvariantCulture, $"{jobs.Count} job(s) in the space.");
        return text.ToString();
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
