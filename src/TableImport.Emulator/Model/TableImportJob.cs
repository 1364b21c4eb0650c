using System.Text.Json.Serialization;
using TableImport.Emulator.State;

namespace TableImport.Emulator.Model;

/// <summary>
/// One import job: the definition it was created with (as later updates left it) and the emulator's own state. Immutable:
/// the store replaces the whole record on every change, and never changes a definition it holds (a change is a new
/// definition), so a resolver reading a job while another request updates it always sees one consistent version.
/// </summary>
/// <remarks>
/// GraphQL.NET resolves <c>TableImportJob</c>'s fields by name from this record: the definition's values are read through
/// the properties below, in the GraphQL spellings; they are not stored twice (<see cref="JsonIgnoreAttribute"/>).
/// </remarks>
internal sealed record TableImportJob
{
    /// <summary>Creation order across the whole emulator; drives list order and cursors.</summary>
    public required long Sequence { get; init; }
    /// <summary>The space the job belongs to.</summary>
    public required string SpaceId { get; init; }
    /// <summary>The id mutations take.</summary>
    public required string JobId { get; init; }
    /// <summary>Model id (the emulator derives one per space and model name).</summary>
    public string? ModelId { get; init; }
    /// <summary><c>active</c>, <c>inactive</c> or <c>deleted</c>.</summary>
    public required string JobStatus { get; init; }
    /// <summary>When the job was created, in emulator time (UTC; the DateTime scalar serializes DateTime only).</summary>
    public required DateTime CreatedAt { get; init; }

    /// <summary>
    /// What the job imports. Its ingestion parameters are the effective ones (every value set, Arize's defaults where the
    /// create left one out), and its batch id is the input's or else the schema's batch id column, as the job reports it.
    /// </summary>
    public required TableImportJobDefinition Definition { get; init; }

    /// <summary>Queries that succeeded.</summary>
    public int TotalQueriesSuccessCount { get; init; }
    /// <summary>Scheduled queries that could not read the warehouse.</summary>
    public int TotalQueriesFailedCount { get; init; }
    /// <summary>Queries waiting to run (the emulator runs them at once).</summary>
    public int TotalQueriesPendingCount { get; init; }
    /// <summary>When the next scheduled query of an ongoing job falls due, in emulator time.</summary>
    public DateTimeOffset NextRunAt { get; init; }
    /// <summary>Where the next scheduled query's window starts.</summary>
    public DateTimeOffset WindowCursor { get; init; }

    /// <summary>The opaque global node id.</summary>
    [JsonIgnore] public string Id => GlobalIds.ForJob(JobId);
    /// <summary>Model name.</summary>
    [JsonIgnore] public string ModelName => Definition.ModelName;
    /// <summary>GraphQL spelling of the model type.</summary>
    [JsonIgnore] public string ModelType => GraphQLNames.Of(Definition.ModelType);
    /// <summary>GraphQL spelling of the environment.</summary>
    [JsonIgnore] public string ModelEnvironmentName => GraphQLNames.Of(Definition.ModelEnvironmentName);
    /// <summary>Model version.</summary>
    [JsonIgnore] public string? ModelVersion => Definition.ModelVersion;
    /// <summary>Batch id.</summary>
    [JsonIgnore] public string? BatchId => Definition.BatchId;
    /// <summary>GraphQL spelling of the table store.</summary>
    [JsonIgnore] public string TableStore => GraphQLNames.Of(Definition.TableStore);
    /// <summary>True for jobs created by createTriggeredOngoingTableImportJob.</summary>
    [JsonIgnore] public bool EventBased => Definition.EventBased;
    /// <summary>BigQuery table, when the store is BigQuery.</summary>
    [JsonIgnore] public BigQueryTableConfig? BigQueryTableConfig => Definition.BigQueryTableConfig;
    /// <summary>Snowflake table, when the store is Snowflake.</summary>
    [JsonIgnore] public SnowflakeTableConfig? SnowflakeTableConfig => Definition.SnowflakeTableConfig;
    /// <summary>Databricks table, when the store is Databricks (the definition has no token: it is never kept).</summary>
    [JsonIgnore] public DatabricksTableConfig? DatabricksTableConfig => Definition.DatabricksTableConfig;
    /// <summary>The table name, whichever the store (GraphQL <c>table</c>, as third-party clients read it).</summary>
    [JsonIgnore] public string? Table => BigQueryTableConfig?.TableName ?? SnowflakeTableConfig?.TableName ?? DatabricksTableConfig?.TableName;
    /// <summary>The BigQuery project (GraphQL <c>projectId</c>); null for other stores.</summary>
    [JsonIgnore] public string? ProjectId => BigQueryTableConfig?.ProjectId;
    /// <summary>The BigQuery dataset (GraphQL <c>dataset</c>); null for other stores.</summary>
    [JsonIgnore] public string? Dataset => BigQueryTableConfig?.Dataset;
    /// <summary>Column mapping.</summary>
    [JsonIgnore] public TableImportSchema Schema => Definition.Schema;
    /// <summary>The effective ingestion parameters (their seconds fields are resolved by the schema).</summary>
    [JsonIgnore] public TableIngestionParameters TableIngestionParameters => Definition.TableIngestionParameters ?? IngestionParameters.Defaults();

    /// <summary>At most this many rows per query.</summary>
    [JsonIgnore] public int RowLimit => TableIngestionParameters.RowLimit ?? IngestionParameters.DefaultRowLimit;
    /// <summary>Minutes between scheduled queries.</summary>
    [JsonIgnore] public int RefreshIntervalMinutes => TableIngestionParameters.RefreshIntervalMinutes ?? IngestionParameters.DefaultRefreshIntervalMinutes;
    /// <summary>Hours a scheduled query looks back; 0 for no bound.</summary>
    [JsonIgnore] public int QueryWindowSizeHours => TableIngestionParameters.QueryWindowSizeHours ?? IngestionParameters.DefaultQueryWindowSizeHours;
}
