namespace TableImport.Client;

/// <summary>
/// A table import job as the API reports it (<see cref="TableImportClient.ListJobsAsync"/>,
/// <see cref="TableImportClient.GetJobAsync"/>).
/// </summary>
/// <remarks>
/// The client reads only fields Arize documents or a third-party client reads from the live API (see
/// <c>docs/api/schema.graphql</c>). The server does <b>not</b> report: the Snowflake account, database and schema; the
/// Databricks host, endpoint, port, Azure ids, catalog and schema (all <c>""</c> here: only <see cref="Table"/> is
/// known); the row limit (<see cref="TableIngestionParameters.RowLimit"/> is always null); and whether the job is event
/// based (<see cref="EventBased"/> is always null).
/// </remarks>
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
/// <param name="Table">The server's <c>table</c>: the table name, whichever the store; null when the server sent none.</param>
/// <param name="EventBased">
/// Whether the job is event-triggered. The API does not report it, so the client always sets null (not known); the
/// parameter stays for callers that know it from elsewhere.
/// </param>
/// <param name="BigQueryTableConfig">
/// For BigQuery: <c>ProjectId</c> from the server's <c>projectId</c>, <c>Dataset</c> from <c>dataset</c>, <c>TableName</c>
/// from <c>table</c> (<c>""</c> for any the server left out). Null for other stores.
/// </param>
/// <param name="SnowflakeTableConfig">
/// For Snowflake: <c>TableName</c> from the server's <c>table</c>; <c>AccountID</c>, <c>Database</c> and <c>Schema</c> are
/// not reported and are <c>""</c>. Null for other stores.
/// </param>
/// <param name="DatabricksTableConfig">
/// For Databricks: <c>TableName</c> from the server's <c>table</c>; every other coordinate is not reported and is <c>""</c>
/// (or null), and the token never is. Null for other stores.
/// </param>
/// <param name="Schema">The column mapping.</param>
/// <param name="TableIngestionParameters">
/// The effective ingestion parameters, from the seconds the server reports: <c>RefreshIntervalMinutes</c> =
/// <c>refreshIntervalSeconds / 60</c>, <c>QueryWindowSizeHours</c> = <c>queryWindowSizeSeconds / 3600</c> (each null when
/// not sent); <c>RowLimit</c> is not reported and is always null.
/// </param>
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
    string? Table,
    bool? EventBased,
    BigQueryTableConfig? BigQueryTableConfig,
    SnowflakeTableConfig? SnowflakeTableConfig,
    DatabricksTableConfig? DatabricksTableConfig,
    TableImportSchema Schema,
    TableIngestionParameters TableIngestionParameters,
    int TotalQueriesSuccessCount,
    int TotalQueriesFailedCount,
    int TotalQueriesPendingCount)
{
    /// <summary>
    /// The job's identity as the server reports it: model, environment, store and <see cref="Table"/>, plus the BigQuery
    /// project and dataset. Compare a declared job's with <see cref="TableImportJobIdentity.Matches"/>. (A method, so that
    /// it stays out of the record's equality, ToString and serialized form.)
    /// </summary>
    public TableImportJobIdentity GetIdentity() =>
        new(ModelName, ModelEnvironmentName, TableStore, Table, BigQueryTableConfig?.ProjectId, BigQueryTableConfig?.Dataset);
}

/// <summary>
/// What a mutation reports about the job it created or changed: its ids and status (the fields Arize's documentation
/// shows on every mutation). For the whole job, call <see cref="TableImportClient.GetJobAsync"/> with <see cref="Id"/>.
/// </summary>
/// <param name="Id">The opaque global node id, for <see cref="TableImportClient.GetJobAsync"/> and <see cref="TableImportClient.ListQueriesAsync"/>.</param>
/// <param name="JobId">The id every mutation takes.</param>
/// <param name="JobStatus">The job's status after the mutation.</param>
public sealed record TableImportJobRef(string Id, string JobId, JobStatus JobStatus);
