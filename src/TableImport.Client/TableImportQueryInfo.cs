namespace TableImport.Client;

/// <summary>One query (run) of a table import job.</summary>
/// <param name="QueryId">The query's id.</param>
/// <param name="CreatedAt">When it ran.</param>
/// <param name="RecordsProcessedCount">Rows it ingested.</param>
/// <param name="WindowStartTimestamp">The start of the window it read, if bounded.</param>
/// <param name="WindowEndTimestamp">The end of the window it read, if bounded.</param>
public sealed record TableImportQueryInfo(
    string QueryId,
    DateTimeOffset CreatedAt,
    int RecordsProcessedCount,
    DateTimeOffset? WindowStartTimestamp,
    DateTimeOffset? WindowEndTimestamp);

/// <summary>Every query of a job, oldest first, with the count the server reports.</summary>
/// <param name="TotalCount">The server's <c>totalCount</c>.</param>
/// <param name="Queries">All queries, every page followed.</param>
public sealed record TableImportQueryList(int TotalCount, IReadOnlyList<TableImportQueryInfo> Queries);

/// <summary>What <see cref="TableImportClient.TriggerRunAsync"/> got back.</summary>
/// <param name="Job">The job, as it is after the trigger, when the server returned it.</param>
/// <param name="Query">The query the trigger started, when the server returned it.</param>
public sealed record TableImportTriggeredRun(TableImportJobInfo? Job, TableImportQueryInfo? Query);
