namespace TableImport.Client;

/// <summary>
/// A table import job as the API reports it: everything the schema exposes, so that it can be compared with the
/// <see cref="TableImportJobDefinition"/> it was created from.
/// </summary>
/// <param name="Id">The opaque global node id, for <see cref="TableImportClient.GetJobAsync"/> and <see cref="TableImportClient.ListQueriesAsync"/>.</param>
/// <param name="JobId">The id every mutation takes (pause, start, delete, update, trigger).</param>
/// <param name="ModelName">The Arize model name.</param>
/// <param name="ModelId">The Arize model id, when the server reports one.</param>
/// <param name="ModelType">The model type.</param>
/// <param name="ModelEnvironmentName">The model environment.</param>
/// <param name="ModelVersion">The fixed model version, if any.</param>
/// <param name="BatchId">The fixed batch id, if any.</param>
/// <param name="JobStatus">Whether the job is active, paused or deleted.</param>
/// <param name="CreatedAt">When the job was created.</param>
/// <param name="TableStore">The warehouse.</param>
/// <param name="EventBased">True for an event-triggered job.</param>
/// <param name="BigQueryTableConfig">The BigQuery table, when the store is BigQuery.</param>
/// <param name="SnowflakeTableConfig">The Snowflake table, when the store is Snowflake.</param>
/// <param name="DatabricksTableConfig">The Databricks table (never with its token), when the store is Databricks.</param>
/// <param name="Schema">The column mapping.</param>
/// <param name="TableIngestionParameters">The effective ingestion parameters, Arize's defaults filled in.</param>
/// <param name="TotalQueriesSuccessCount">Queries that succeeded.</param>
/// <param name="TotalQueriesFailedCount">Queries that failed.</param>
/// <param name="TotalQueriesPendingCount">Queries still pending.</param>
public sealed record TableImportJobInfo(
    string Id,
    string JobId,
    string ModelName,
    string? ModelId,
    ModelType ModelType,
    ModelEnvironment ModelEnvironmentName,
    string? ModelVersion,
    string? BatchId,
    JobStatus JobStatus,
    DateTimeOffset CreatedAt,
    TableStore TableStore,
    bool EventBased,
    BigQueryTableConfig? BigQueryTableConfig,
    SnowflakeTableConfig? SnowflakeTableConfig,
    DatabricksTableConfig? DatabricksTableConfig,
    TableImportSchema Schema,
    TableIngestionParameters TableIngestionParameters,
    int TotalQueriesSuccessCount,
    int TotalQueriesFailedCount,
    int TotalQueriesPendingCount)
{
    /// <summary>The table, whichever store it is in (<c>project.dataset.table</c>, <c>account/db.schema.table</c>, ...).</summary>
    public string Table => BigQueryTableConfig?.ToString() ?? SnowflakeTableConfig?.ToString() ?? DatabricksTableConfig?.ToString() ?? "(no table)";
}
