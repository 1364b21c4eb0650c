using System.Buffers;
using System.Text;

namespace TableImport.Client;

/// <summary>One request body the client can send, with the operation that sends it.</summary>
/// <param name="Operation">The client's operation (its method is <c>Operation + "Async"</c>).</param>
/// <param name="Body">The JSON body: <c>{"operationName", "query", "variables"}</c>.</param>
internal readonly record struct CatalogRequest(TableImportOperation Operation, string Body);

/// <summary>
/// Every request the client can send, produced by its own request writer, never copied by hand: each operation, and
/// every variant whose document differs by what it sends (each combination of update fields; the event-based create
/// for every store, model type and environment, with and without its optional values; triggered runs). The client's
/// tests check each of them against the facts file's known types and send them to the emulator; <c>tableimport
/// doctor</c> checks each type, field and argument they use against a live server's schema.
/// </summary>
internal static class TableImportRequestCatalog
{
    /// <summary>
    /// The requests, with <paramref name="job"/> as the job created, dry-run and updated, <paramref name="eventBasedJob"/>
    /// as the base of the event-based creates, and the ids where a request names a space or a job.
    /// </summary>
    public static IEnumerable<CatalogRequest> Every(TableImportJobDefinition job, TableImportJobDefinition eventBasedJob, string spaceId = "space_id", string jobId = "job", string eventJobId = "event-job")
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(eventBasedJob);
        yield return Write(TableImportOperation.DryRun, b => TableImportRequestWriter.WriteCreateJobRequest(b, job, spaceId, dryRun: true));
        yield return Write(TableImportOperation.CreateJob, b => TableImportRequestWriter.WriteCreateJobRequest(b, job, spaceId, dryRun: false));
        yield return Write(TableImportOperation.ListJobs, b => TableImportRequestWriter.WriteNodeQuery(b, TableImportOperation.ListJobs, Names.SpaceId, spaceId, 10, null));
        yield return Write(TableImportOperation.FindJob, b => TableImportRequestWriter.WriteNodeQuery(b, TableImportOperation.FindJob, Names.SpaceId, spaceId, 1, null, search: jobId));
        yield return Write(TableImportOperation.GetJob, b => TableImportRequestWriter.WriteNodeQuery(b, TableImportOperation.GetJob, Names.Id, jobId, null, null));
        yield return Write(TableImportOperation.ListQueries, b => TableImportRequestWriter.WriteNodeQuery(b, TableImportOperation.ListQueries, Names.Id, jobId, 10, null));
        foreach (var operation in new[] { TableImportOperation.PauseJob, TableImportOperation.StartJob })
        {
            yield return Write(operation, b => TableImportRequestWriter.WriteJobIdMutation(b, operation, jobId));
        }

        yield return Write(TableImportOperation.UpdateIngestionParameters, b => TableImportRequestWriter.WriteUpdateIngestionParametersRequest(
            b, jobId, new TableIngestionParameters { RowLimit = 10, RefreshIntervalMinutes = 30, QueryWindowSizeHours = 12 }));
        for (var fields = UpdateJobFields.None; fields <= UpdateJobFields.All; fields++)
        {
            var update = new TableImportJobUpdate
            {
                ModelVersion = fields.HasFlag(UpdateJobFields.ModelVersion) ? "v" + (int)fields : null,
                Schema = fields.HasFlag(UpdateJobFields.Schema) ? job.Schema : null,
                TableIngestionParameters = fields.HasFlag(UpdateJobFields.TableIngestionParameters) ? new TableIngestionParameters { RefreshIntervalMinutes = 15 } : null,
            };
            yield return Write(TableImportOperation.UpdateJob, b => TableImportRequestWriter.WriteUpdateJobRequest(b, jobId, update));
        }

        foreach (var definition in EventBasedVariants(eventBasedJob))
        {
            yield return Write(TableImportOperation.CreateEventBasedJob, b => TableImportRequestWriter.WriteCreateEventBasedJobRequest(b, definition, spaceId, "dapi-token"));
            yield return Write(TableImportOperation.CreateEventBasedJob, b => TableImportRequestWriter.WriteCreateEventBasedJobRequest(b, definition, spaceId));
        }

        yield return Write(TableImportOperation.TriggerRun, b => TableImportRequestWriter.WriteTriggerRunRequest(
            b, eventJobId, new DateTimeOffset(2024, 8, 20, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 8, 20, 23, 0, 0, TimeSpan.Zero)));
        yield return Write(TableImportOperation.TriggerRun, b => TableImportRequestWriter.WriteTriggerRunRequest(
            b, eventJobId, new DateTimeOffset(2024, 8, 20, 3, 0, 0, 500, TimeSpan.FromHours(2)), new DateTimeOffset(2024, 8, 21, 0, 0, 0, 250, TimeSpan.Zero)));
        yield return Write(TableImportOperation.DeleteJob, b => TableImportRequestWriter.WriteJobIdMutation(b, TableImportOperation.DeleteJob, jobId));
        yield return Write(TableImportOperation.ServerSupport, b => TableImportRequestWriter.WriteQuery(b, TableImportOperation.ServerSupport));
    }

    /// <summary>
    /// Every request the client can send, with definitions that set every field the writer can write (each schema field,
    /// every store's table config, the ingestion parameters, a model version and a batch id): nothing the client might put
    /// in a request is left out. Such a job breaks Arize rules; these requests are for reading, not for sending.
    /// </summary>
    public static IEnumerable<CatalogRequest> EveryField()
    {
        foreach (var store in Enum.GetValues<TableStore>())
        {
            foreach (var request in Every(EveryFieldDefinition(store), EveryFieldDefinition(TableStore.Snowflake, eventBased: true)))
            {
                yield return request;
            }
        }
    }

    /// <summary>A definition of <paramref name="store"/> with every field the writer writes set.</summary>
    internal static TableImportJobDefinition EveryFieldDefinition(TableStore store, bool eventBased = false) => new()
    {
        ModelName = "model",
        ModelType = ModelType.ScoreCategorical,
        ModelEnvironmentName = ModelEnvironment.Validation,
        ModelVersion = "v1",
        BatchId = "batch",
        TableStore = store,
        BigQueryTableConfig = store == TableStore.BigQuery ? new BigQueryTableConfig { ProjectId = "p", Dataset = "d", TableName = "t" } : null,
        SnowflakeTableConfig = store == TableStore.Snowflake ? new SnowflakeTableConfig { AccountID = "a", Database = "d", Schema = "s", TableName = "t" } : null,
        DatabricksTableConfig = store == TableStore.Databricks
            ? new DatabricksTableConfig { HostName = "h", Endpoint = "e", Port = "443", AzureResourceId = "r", AzureTenantId = "t", Catalog = "c", DatabricksSchema = "s", TableName = "t" }
            : null,
        Schema = EveryFieldSchema(),
        TableIngestionParameters = new TableIngestionParameters { RowLimit = 100, RefreshIntervalMinutes = 60, QueryWindowSizeHours = 24 },
        EventBased = eventBased,
    };

    /// <summary>
    /// A schema with every field of the catalog set (<see cref="SchemaFields"/>), each value named after its field: a
    /// column <c>predictionId_column</c>, a list of one, one embedding feature, every bounding-box column.
    /// </summary>
    internal static TableImportSchema EveryFieldSchema()
    {
        var schema = new TableImportSchema();
        foreach (var field in SchemaFields.All)
        {
            var value = field.GraphQLName + "_column";
            switch (field.Kind)
            {
                case SchemaFieldKind.ColumnList:
                    field.SetList(schema, [value]);
                    break;
                case SchemaFieldKind.Embeddings:
                    var embedding = new EmbeddingFeatureColumns();
                    foreach (var part in field.Parts)
                    {
                        part.Set(embedding, part.GraphQLName + "_value");
                    }

                    field.SetEmbeddings(schema, [embedding]);
                    break;
                case SchemaFieldKind.ObjectDetection:
                    var boxes = new ObjectDetectionColumns();
                    foreach (var part in field.Parts)
                    {
                        part.Set(boxes, field.GraphQLName + "_" + part.GraphQLName);
                    }

                    field.SetBoxes(schema, boxes);
                    break;
                default:
                    field.SetText(schema, value);
                    break;
            }
        }

        return schema;
    }

    /// <summary>Every store, model type and environment, alternately with and without a model version, batch id and parameters.</summary>
    private static IEnumerable<TableImportJobDefinition> EventBasedVariants(TableImportJobDefinition baseJob)
    {
        var optional = false;
        foreach (var store in Enum.GetValues<TableStore>())
        {
            foreach (var modelType in Enum.GetValues<ModelType>())
            {
                foreach (var environment in Enum.GetValues<ModelEnvironment>())
                {
                    optional = !optional;
                    yield return new TableImportJobDefinition
                    {
                        ModelName = baseJob.ModelName,
                        ModelType = modelType,
                        ModelEnvironmentName = environment,
                        TableStore = store,
                        SnowflakeTableConfig = store == TableStore.Snowflake
                            ? baseJob.SnowflakeTableConfig ?? new SnowflakeTableConfig { AccountID = "a", Database = "d", Schema = "s", TableName = "t" }
                            : null,
                        BigQueryTableConfig = store == TableStore.BigQuery ? new BigQueryTableConfig { ProjectId = "p", Dataset = "d", TableName = "t" } : null,
                        DatabricksTableConfig = store == TableStore.Databricks
                            ? new DatabricksTableConfig { HostName = "h", Endpoint = "e", Port = optional ? "443" : null, AzureResourceId = optional ? "r" : null, AzureTenantId = optional ? "t" : null, Catalog = "c", DatabricksSchema = "s", TableName = "t" }
                            : null,
                        ModelVersion = optional ? "v1" : null,
                        BatchId = optional ? "batch" : null,
                        Schema = baseJob.Schema,
                        TableIngestionParameters = optional ? new TableIngestionParameters { RefreshIntervalMinutes = 30 } : null,
                        EventBased = true,
                    };
                }
            }
        }
    }

    private static CatalogRequest Write(TableImportOperation operation, Action<ArrayBufferWriter<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(buffer);
        return new CatalogRequest(operation, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
