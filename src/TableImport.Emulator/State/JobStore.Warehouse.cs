using TableImport.Emulator.Model;
using TableImport.Emulator.Warehouse;

namespace TableImport.Emulator.State;

/// <summary>
/// How runs count rows when the emulator stands over a warehouse (<c>--warehouse</c>). The count is read under the
/// store's lock, like everything a run records: it takes milliseconds, and a run's count and its place in the history
/// then come from one moment.
/// </summary>
internal sealed partial class JobStore
{
    // Why each job's last run failed, for the page; cleared by a run that succeeds. Not persisted: it describes the
    // warehouse as it was, which a restart reads again anyway.
    private readonly Dictionary<string, string> lastRunProblems = new(StringComparer.Ordinal);

    /// <summary>The warehouse runs count rows in; null for the emulator without one, whose counts are made up.</summary>
    public DuckDbWarehouse? Warehouse { get; init; }

    /// <summary>
    /// A triggered run's <c>recordsProcessedCount</c>: the rows in [<paramref name="start"/>, <paramref name="end"/>], at
    /// most the row limit. A table that cannot be read is the mutation's error, and nothing is recorded.
    /// </summary>
    private int RecordsProcessed(TableImportJob job, DateTime start, DateTime end, int withoutWarehouse)
    {
        if (Warehouse is null)
        {
            return Math.Min(job.RowLimit, withoutWarehouse);
        }

        try
        {
            var rows = Warehouse.CountRows(job, [(start, end)])[0];
            lastRunProblems.Remove(job.JobId);
            return Limited(job, rows);
        }
        catch (WarehouseException exception)
        {
            lastRunProblems[job.JobId] = exception.Message;
            throw Error(exception.Problem.Code, exception.Message);
        }
    }

    /// <summary>
    /// Records the scheduled runs of one job with the rows each window holds. There is no one to answer when a scheduled
    /// run cannot read its table, so its runs are counted as failed queries and the reason is kept for the page.
    /// </summary>
    private void RecordScheduled(TableImportJob job, List<TableImportJobQuery> runs)
    {
        if (Warehouse is null || runs.Count == 0)
        {
            Record(job, runs);
            return;
        }

        try
        {
            // A scheduled window always has an end: the run's time.
            var rows = Warehouse.CountRows(job, runs.Select(r => (r.WindowStartTimestamp, r.WindowEndTimestamp ?? r.CreatedAt)).ToList());
            lastRunProblems.Remove(job.JobId);
            Record(job, runs.Select((run, i) => run with { RecordsProcessedCount = Limited(job, rows[i]) }).ToList());
        }
        catch (WarehouseException exception)
        {
            lastRunProblems[job.JobId] = exception.Message;
            Replace(job with { TotalQueriesFailedCount = job.TotalQueriesFailedCount + runs.Count });
        }
    }

    // Arize reads at most rowLimit rows per query.
    private static int Limited(TableImportJob job, long rows) => (int)Math.Min(job.RowLimit, rows);
}
