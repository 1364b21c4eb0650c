using System.Text.Json.Serialization;
using TableImport.Emulator.State;

namespace TableImport.Emulator.Model;

/// <summary>
/// One import job. Immutable: the store replaces the whole record on every change, so a resolver reading it while
/// another request updates the job always sees one consistent version.
/// </summary>
internal sealed record TableImportJob
{
    /// <summary>Creation order across the whole emulator; drives list order and cursors.</summary>
    public required long Sequence { get; init; }
    /// <summary>The space the job belongs to.</summary>
    public required string SpaceId { get; init; }
    /// <summary>The id mutations take.</summary>
    public required string JobId { get; init; }
    /// <summary>The opaque global node id.</summary>
    [JsonIgnore] public string Id => GlobalIds.ForJob(JobId);
    /// <summary>Model name.</summary>
    public required string ModelName { get; init; }
    /// <summary>Model id (the emulator derives one per space and model name).</summary>
    public string? ModelId { get; init; }
    /// <summary>GraphQL spelling of the model type.</summary>
    public required string ModelType { get; init; }
    /// <summary>GraphQL spelling of the environment.</summary>
    public required string ModelEnvironmentName { get; init; }
    /// <summary>Model version.</summary>
    public string? ModelVersion { get; init; }
    /// <summary>Batch id.</summary>
    public string? BatchId { get; init; }
    /// <summary><c>active</c>, <c>inactive</c> or <c>deleted</c>.</summary>
    public required string JobStatus { get; init; }
    /// <summary>When the job was created, in emulator time (UTC; the DateTime scalar serializes DateTime only).</summary>
    public required DateTime CreatedAt { get; init; }
    /// <summary>GraphQL spelling of the table store.</summary>
    public required string TableStore { get; init; }
    /// <summary>The table name, whichever the store (GraphQL <c>table</c>, as third-party clients read it).</summary>
    [JsonIgnore] public string? Table => BigQueryTableConfig?.TableName ?? SnowflakeTableConfig?.TableName ?? DatabricksTableConfig?.TableName;
    /// <summary>The BigQuery project (GraphQL <c>projectId</c>); null for other stores.</summary>
    [JsonIgnore] public string? ProjectId => BigQueryTableConfig?.ProjectId;
    /// <summary>The BigQuery dataset (GraphQL <c>dataset</c>); null for other stores.</summary>
    [JsonIgnore] public string? Dataset => BigQueryTableConfig?.Dataset;
    /// <summary>True for jobs created by createTriggeredOngoingTableImportJob.</summary>
    public bool EventBased { get; init; }
    /// <summary>BigQuery table, when the store is BigQuery.</summary>
    public BigQueryTableConfig? BigQueryTableConfig { get; init; }
    /// <summary>Snowflake table, when the store is Snowflake.</summary>
    public SnowflakeTableConfig? SnowflakeTableConfig { get; init; }
    /// <summary>Databricks table, when the store is Databricks.</summary>
    public DatabricksTableConfig? DatabricksTableConfig { get; init; }
    /// <summary>Column mapping.</summary>
    public required TableImportSchema Schema { get; init; }
    /// <summary>Effective ingestion parameters.</summary>
    public required TableIngestionParameters TableIngestionParameters { get; init; }
    /// <summary>Queries that succeeded.</summary>
    public int TotalQueriesSuccessCount { get; init; }
    /// <summary>Queries that failed (the emulator's queries never fail).</summary>
    public int TotalQueriesFailedCount { get; init; }
    /// <summary>Queries waiting to run (the emulator runs them at once).</summary>
    public int TotalQueriesPendingCount { get; init; }
    /// <summary>When the next scheduled query of an ongoing job falls due, in emulator time.</summary>
    public DateTimeOffset NextRunAt { get; init; }
    /// <summary>Where the next scheduled query's window starts.</summary>
    public DateTimeOffset WindowCursor { get; init; }
}
