namespace TableImport.Client;

/// <summary>The operations of the Table Importer API the client performs; names appear in messages, logs, traces and metrics.</summary>
internal enum TableImportOperation
{
    DryRun,
    CreateJob,
    CreateEventBasedJob,
    ListJobs,
    GetJob,
    ListQueries,
    PauseJob,
    StartJob,
    DeleteJob,
    UpdateIngestionParameters,
    UpdateJob,
    TriggerRun,
    FindJob,
    ServerSupport,
}

/// <summary>What the transport needs to know about each operation.</summary>
internal static class TableImportOperations
{
    private static readonly string[] DisplayNames = Enum.GetNames<TableImportOperation>();

    /// <summary>The operation's name, e.g. <c>CreateJob</c>.</summary>
    internal static string Name(this TableImportOperation operation) => DisplayNames[(int)operation];

    /// <summary>Mutations and queries have separate rate limits (300 and 100 per minute).</summary>
    internal static bool IsMutation(this TableImportOperation operation) =>
        operation is not (TableImportOperation.ListJobs or TableImportOperation.GetJob or TableImportOperation.ListQueries or TableImportOperation.FindJob or TableImportOperation.ServerSupport);

    /// <summary>
    /// Whether sending the request twice does no harm. A real create is not: a lost response after the server created the
    /// job would make a retry create a second one. A triggered run is not either: it would query the window twice. Those
    /// are retried only when the server provably did nothing (see <see cref="TableImportResilience"/>).
    /// </summary>
    internal static bool IsSafeToRetry(this TableImportOperation operation) =>
        operation is not (TableImportOperation.CreateJob or TableImportOperation.CreateEventBasedJob or TableImportOperation.TriggerRun);
}
