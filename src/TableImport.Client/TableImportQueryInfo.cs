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

/// <summary>
/// What <see cref="TableImportClient.TriggerRunAsync"/> asked for, and the one field the server answers
/// (<c>clientMutationId</c>). The run's query shows up in <see cref="TableImportClient.ListQueriesAsync"/>.
/// </summary>
/// <param name="JobId">The job that was triggered.</param>
/// <param name="QueryStart">The start of the range it was asked to read.</param>
/// <param name="QueryEnd">The end of the range it was asked to read.</param>
/// <param name="ClientMutationId">The server's <c>clientMutationId</c> (null unless it sends one; the client sends none).</param>
public sealed record TableImportTriggeredRun(string JobId, DateTimeOffset QueryStart, DateTimeOffset QueryEnd, string? ClientMutationId);
