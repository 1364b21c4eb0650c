using System.Buffers;
using System.Text.Json;

namespace TableImport.Client;

/// <summary>
/// Writes the JSON bodies (<c>{"operationName", "query", "variables"}</c>) of the client's requests straight from the
/// definition model with a <see cref="Utf8JsonWriter"/>: no intermediate objects, no reflection, and every name and
/// document pre-encoded once. Values a definition leaves <see langword="null"/> are left out, never sent as null.
/// </summary>
public static class TableImportRequestWriter
{
    // Creating a job is the hot path (benchmarked); one writer per thread keeps it from allocating anything but the JSON.
    [ThreadStatic] private static Utf8JsonWriter? cachedWriter;

    // The body goes to an API, never into HTML, so HTML-sensitive and non-ASCII characters need no escaping (quotes,
    // backslashes and control characters still are); the relaxed encoder is also more than twice as fast here.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // What a cached writer points at between calls; never written to.
    private static readonly IBufferWriter<byte> Detached = new ArrayBufferWriter<byte>(1);

    /// <summary>
    /// Writes the body of <c>createTableImportJob</c> for <paramref name="definition"/>: the dry-run document when
    /// <paramref name="dryRun"/> is true (and <c>"dryRun": true</c> in the input), the create document otherwise.
    /// </summary>
    /// <param name="output">Receives the UTF-8 JSON.</param>
    /// <param name="definition">The job.</param>
    /// <param name="spaceId">The space the job goes to.</param>
    /// <param name="dryRun">Validate only.</param>
    /// <param name="databricksToken">The Databricks token to add to <c>databricksTableConfig</c>, if any.</param>
    public static void WriteCreateJobRequest(IBufferWriter<byte> output, TableImportJobDefinition definition, string spaceId, bool dryRun, string? databricksToken = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(spaceId);
        var writer = Rent(output);
        try
        {
            if (dryRun)
            {
                WriteEnvelopeStart(writer, Names.OpDryRun, Names.DocDryRun);
            }
            else
            {
                WriteEnvelopeStart(writer, Names.OpCreateJob, Names.DocCreateJob);
            }

            writer.WriteStartObject(Names.Input);
            WriteCreateInput(writer, definition, spaceId, dryRun, databricksToken);
            writer.WriteEndObject();
            WriteEnvelopeEnd(writer);
        }
        finally
        {
            Return(writer);
        }
    }

    /// <summary>
    /// Writes the body of <c>createTriggeredOngoingTableImportJob</c> (an event-based job) for <paramref name="definition"/>.
    /// The input's type name has no evidence, so the input is written inline, as the seed writes it: the enum values as
    /// literals (<c>modelType: score_categorical</c>), every other value as a variable of a known type.
    /// </summary>
    /// <param name="output">Receives the UTF-8 JSON.</param>
    /// <param name="definition">The job.</param>
    /// <param name="spaceId">The space the job goes to.</param>
    /// <param name="databricksToken">The Databricks token to add to <c>databricksTableConfig</c>, if any.</param>
    public static void WriteCreateEventBasedJobRequest(IBufferWriter<byte> output, TableImportJobDefinition definition, string spaceId, string? databricksToken = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(spaceId);

        // One pass writes the document and its variables, so that neither can name a variable the other lacks.
        var document = new InlineInputDocument();
        var variables = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(variables, WriterOptions))
        {
            json.WriteStartObject();
            void Value(string field, string variable, string type, string? value)
            {
                if (value is not null)
                {
                    document.Variable(field, variable, type);
                    json.WriteString(variable, value);
                }
            }

            Value("spaceId", "spaceId", "ID!", spaceId);
            Value("modelName", "modelName", "String!", definition.ModelName);
            document.Literal("modelType", GraphQLNames.Of(definition.ModelType));
            document.Literal("modelEnvironmentName", GraphQLNames.Of(definition.ModelEnvironmentName));
            Value("modelVersion", "modelVersion", "String!", definition.ModelVersion);
            Value("batchId", "batchId", "String!", definition.BatchId);
            document.Literal("tableStore", GraphQLNames.Of(definition.TableStore));

            if (definition.BigQueryTableConfig is { } bigQuery)
            {
                document.Open("bigQueryTableConfig");
                Value("projectId", "projectId", "String!", bigQuery.ProjectId);
                Value("dataset", "dataset", "String!", bigQuery.Dataset);
                Value("tableName", "tableName", "String!", bigQuery.TableName);
                document.Close();
            }

            if (definition.SnowflakeTableConfig is { } snowflake)
            {
                document.Open("snowflakeTableConfig");
                Value("accountID", "accountID", "String!", snowflake.AccountID);
                Value("schema", "snowflakeSchema", "String!", snowflake.Schema);
                Value("database", "database", "String!", snowflake.Database);
                Value("tableName", "tableName", "String!", snowflake.TableName);
                document.Close();
            }

            if (definition.DatabricksTableConfig is { } databricks)
            {
                document.Open("databricksTableConfig");
                Value("hostName", "hostName", "String!", databricks.HostName);
                Value("endpoint", "endpoint", "String!", databricks.Endpoint);
                Value("port", "port", "String!", databricks.Port);
                Value("token", "token", "String!", databricksToken);
                Value("azureResourceId", "azureResourceId", "String!", databricks.AzureResourceId);
                Value("azureTenantId", "azureTenantId", "String!", databricks.AzureTenantId);
                Value("catalog", "catalog", "String!", databricks.Catalog);
                Value("databricksSchema", "databricksSchema", "String!", databricks.DatabricksSchema);
                Value("tableName", "tableName", "String!", databricks.TableName);
                document.Close();
            }

            document.Variable("schema", "schema", KnownGraphQLTypes.TableImportSchemaInputType + "!");
            WriteSchema(json, definition.Schema ?? new TableImportSchema());
            if (definition.TableIngestionParameters is { } parameters)
            {
                document.Variable("tableIngestionParameters", "tableIngestionParameters", KnownGraphQLTypes.TableIngestionParametersInputType + "!");
                WriteIngestionParameters(json, parameters);
            }

            json.WriteEndObject();
        }

        var text = document.Build("createTriggeredOngoingTableImportJob", "createTriggeredOngoingTableImportJob", GraphQLDocuments.CreateSelection);
        WriteRequest(output, Names.OpCreateEventBasedJob, JsonEncodedText.Encode(text, WriterOptions.Encoder), variables.WrittenSpan);
    }

    internal static void WriteJobIdMutation(IBufferWriter<byte> output, TableImportOperation operation, string jobId)
    {
        var writer = Rent(output);
        try
        {
            WriteEnvelopeStart(writer, operation);
            writer.WriteString(Names.JobId, jobId);
            WriteEnvelopeEnd(writer);
        }
        finally
        {
            Return(writer);
        }
    }

    internal static void WriteUpdateIngestionParametersRequest(IBufferWriter<byte> output, string jobId, TableIngestionParameters parameters)
    {
        var writer = Rent(output);
        try
        {
            WriteEnvelopeStart(writer, TableImportOperation.UpdateIngestionParameters);
            writer.WriteString(Names.JobId, jobId);
            WriteIngestionParameters(writer, parameters);
            WriteEnvelopeEnd(writer);
        }
        finally
        {
            Return(writer);
        }
    }

    /// <summary><c>updateTableImportJob</c> with what <paramref name="update"/> sets; the document names only those fields.</summary>
    internal static void WriteUpdateJobRequest(IBufferWriter<byte> output, string jobId, TableImportJobUpdate update)
    {
        var writer = Rent(output);
        try
        {
            WriteEnvelopeStart(writer, Names.OperationNameOf(TableImportOperation.UpdateJob), Names.UpdateJobDocumentOf(update.Fields));
            writer.WriteString(Names.JobId, jobId);
            if (update.JobStatus is { } status)
            {
                writer.WriteString(Names.JobStatus, Names.Of(status));
            }

            WriteOptional(writer, Names.ModelVersion, update.ModelVersion);
            if (update.Schema is { } schema)
            {
                WriteSchema(writer, schema);
            }

            if (update.TableIngestionParameters is { } parameters)
            {
                WriteIngestionParameters(writer, parameters);
            }

            WriteEnvelopeEnd(writer);
        }
        finally
        {
            Return(writer);
        }
    }

    internal static void WriteTriggerRunRequest(IBufferWriter<byte> output, string jobId, DateTimeOffset queryStart, DateTimeOffset queryEnd)
    {
        var variables = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(variables, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString(Names.JobId, jobId);
            json.WriteEndObject();
        }

        var document = JsonEncodedText.Encode(GraphQLDocuments.TriggerRun(queryStart, queryEnd), WriterOptions.Encoder);
        WriteRequest(output, Names.OperationNameOf(TableImportOperation.TriggerRun), document, variables.WrittenSpan);
    }

    /// <summary>A query on <c>node(id:)</c>, paged or not: variables <c>{idName: id[, jobId: search][, first, after]}</c>.</summary>
    internal static void WriteNodeQuery(IBufferWriter<byte> output, TableImportOperation operation, JsonEncodedText idName, string id, int? first, string? after, string? search = null)
    {
        var writer = Rent(output);
        try
        {
            writer.WriteStartObject();
            writer.WriteString(Names.OperationName, Names.OperationNameOf(operation));
            writer.WriteString(Names.Query, Names.DocumentOf(operation));
            writer.WriteStartObject(Names.Variables);
            writer.WriteString(idName, id);
            if (search is not null)
            {
                writer.WriteString(Names.JobId, search);
            }

            if (first is { } count)
            {
                writer.WriteNumber(Names.First, count);
            }

            if (after is not null)
            {
                writer.WriteString(Names.After, after);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        finally
        {
            Return(writer);
        }
    }

    private static Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        var writer = cachedWriter;
        if (writer is null)
        {
            return new Utf8JsonWriter(output, WriterOptions);
        }

        cachedWriter = null;
        writer.Reset(output);
        return writer;
    }

    private static void Return(Utf8JsonWriter writer)
    {
        writer.Flush();
        // Drops the reference to the caller's buffer so a cached writer keeps nothing alive.
        writer.Reset(Detached);
        cachedWriter = writer;
    }

    private static void WriteEnvelopeStart(Utf8JsonWriter writer, TableImportOperation operation) =>
        WriteEnvelopeStart(writer, Names.OperationNameOf(operation), Names.DocumentOf(operation));

    /// <summary>Opens <c>{"operationName", "query", "variables": {</c>; the caller writes the variables.</summary>
    private static void WriteEnvelopeStart(Utf8JsonWriter writer, JsonEncodedText operationName, JsonEncodedText document)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.OperationName, operationName);
        writer.WriteString(Names.Query, document);
        writer.WriteStartObject(Names.Variables);
    }

    private static void WriteEnvelopeEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>A whole body whose document was built for this request and whose variables are already written.</summary>
    private static void WriteRequest(IBufferWriter<byte> output, JsonEncodedText operationName, JsonEncodedText document, ReadOnlySpan<byte> variables)
    {
        var writer = Rent(output);
        try
        {
            writer.WriteStartObject();
            writer.WriteString(Names.OperationName, operationName);
            writer.WriteString(Names.Query, document);
            writer.WritePropertyName(Names.Variables);
            writer.WriteRawValue(variables, skipInputValidation: true);
            writer.WriteEndObject();
        }
        finally
        {
            Return(writer);
        }
    }

    // The order follows the seed's example, so a captured request reads like the documentation.
    private static void WriteCreateInput(Utf8JsonWriter writer, TableImportJobDefinition definition, string spaceId, bool dryRun, string? databricksToken)
    {
        writer.WriteString(Names.SpaceId, spaceId);
        writer.WriteString(Names.ModelName, definition.ModelName);
        writer.WriteString(Names.ModelType, Names.Of(definition.ModelType));
        writer.WriteString(Names.ModelEnvironmentName, Names.Of(definition.ModelEnvironmentName));
        WriteOptional(writer, Names.ModelVersion, definition.ModelVersion);
        WriteOptional(writer, Names.BatchId, definition.BatchId);
        writer.WriteString(Names.TableStore, Names.Of(definition.TableStore));

        if (definition.BigQueryTableConfig is { } bigQuery)
        {
            writer.WriteStartObject(Names.BigQueryTableConfig);
            writer.WriteString(Names.ProjectId, bigQuery.ProjectId);
            writer.WriteString(Names.Dataset, bigQuery.Dataset);
            writer.WriteString(Names.TableName, bigQuery.TableName);
            writer.WriteEndObject();
        }

        if (definition.SnowflakeTableConfig is { } snowflake)
        {
            writer.WriteStartObject(Names.SnowflakeTableConfig);
            writer.WriteString(Names.AccountId, snowflake.AccountID);
            writer.WriteString(Names.Schema, snowflake.Schema);
            writer.WriteString(Names.Database, snowflake.Database);
            writer.WriteString(Names.TableName, snowflake.TableName);
            writer.WriteEndObject();
        }

        if (definition.DatabricksTableConfig is { } databricks)
        {
            writer.WriteStartObject(Names.DatabricksTableConfig);
            writer.WriteString(Names.HostName, databricks.HostName);
            writer.WriteString(Names.Endpoint, databricks.Endpoint);
            WriteOptional(writer, Names.Port, databricks.Port);
            WriteOptional(writer, Names.Token, databricksToken);
            WriteOptional(writer, Names.AzureResourceId, databricks.AzureResourceId);
            WriteOptional(writer, Names.AzureTenantId, databricks.AzureTenantId);
            writer.WriteString(Names.Catalog, databricks.Catalog);
            writer.WriteString(Names.DatabricksSchema, databricks.DatabricksSchema);
            writer.WriteString(Names.TableName, databricks.TableName);
            writer.WriteEndObject();
        }

        WriteSchema(writer, definition.Schema ?? new TableImportSchema());

        if (definition.TableIngestionParameters is { } parameters)
        {
            WriteIngestionParameters(writer, parameters);
        }

        if (dryRun)
        {
            writer.WriteBoolean(Names.DryRun, true);
        }
    }

    private static void WriteSchema(Utf8JsonWriter writer, TableImportSchema schema)
    {
        writer.WriteStartObject(Names.Schema);
        WriteOptional(writer, Names.PredictionId, schema.PredictionId);
        WriteOptional(writer, Names.PredictionLabel, schema.PredictionLabel);
        WriteOptional(writer, Names.PredictionScore, schema.PredictionScore);
        WriteOptional(writer, Names.Timestamp, schema.Timestamp);
        WriteOptional(writer, Names.Features, schema.Features);
        WriteOptionalList(writer, Names.FeaturesList, schema.FeaturesList);
        WriteOptional(writer, Names.ActualLabel, schema.ActualLabel);
        WriteOptional(writer, Names.ActualScore, schema.ActualScore);
        WriteOptional(writer, Names.Version, schema.Version);
        WriteOptional(writer, Names.BatchId, schema.BatchId);
        WriteOptional(writer, Names.Tags, schema.Tags);
        WriteOptionalList(writer, Names.TagsList, schema.TagsList);
        WriteOptional(writer, Names.ShapValues, schema.ShapValues);
        WriteOptional(writer, Names.ChangeTimestamp, schema.ChangeTimestamp);

        if (schema.EmbeddingFeatures is { } embeddings)
        {
            writer.WriteStartArray(Names.EmbeddingFeatures);
            for (var i = 0; i < embeddings.Count; i++)
            {
                var embedding = embeddings[i];
                writer.WriteStartObject();
                writer.WriteString(Names.FeatureName, embedding.FeatureName);
                writer.WriteString(Names.VectorCol, embedding.VectorCol);
                WriteOptional(writer, Names.RawDataCol, embedding.RawDataCol);
                WriteOptional(writer, Names.LinkToDataCol, embedding.LinkToDataCol);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteOptional(writer, Names.PredictionGroupId, schema.PredictionGroupId);
        WriteOptional(writer, Names.Rank, schema.Rank);
        WriteOptional(writer, Names.RelevanceScore, schema.RelevanceScore);
        WriteOptional(writer, Names.RelevanceLabel, schema.RelevanceLabel);
        WriteOptional(writer, Names.PredictionScores, schema.PredictionScores);
        WriteOptional(writer, Names.ActualScores, schema.ActualScores);
        WriteOptional(writer, Names.ThresholdScores, schema.ThresholdScores);
        WriteObjectDetection(writer, Names.PredictionObjectDetection, schema.PredictionObjectDetection);
        WriteObjectDetection(writer, Names.ActualObjectDetection, schema.ActualObjectDetection);
        writer.WriteEndObject();
    }

    private static void WriteObjectDetection(Utf8JsonWriter writer, JsonEncodedText name, ObjectDetectionColumns? columns)
    {
        if (columns is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        WriteOptional(writer, Names.BoundingBoxesCoordinatesColumnName, columns.BoundingBoxesCoordinatesColumnName);
        WriteOptional(writer, Names.BoundingBoxesCategoriesColumnName, columns.BoundingBoxesCategoriesColumnName);
        WriteOptional(writer, Names.BoundingBoxesScoresColumnName, columns.BoundingBoxesScoresColumnName);
        writer.WriteEndObject();
    }

    private static void WriteIngestionParameters(Utf8JsonWriter writer, TableIngestionParameters parameters)
    {
        writer.WriteStartObject(Names.TableIngestionParameters);
        if (parameters.RowLimit is { } rowLimit)
        {
            writer.WriteNumber(Names.RowLimit, rowLimit);
        }

        if (parameters.RefreshIntervalMinutes is { } refresh)
        {
            writer.WriteNumber(Names.RefreshIntervalMinutes, refresh);
        }

        if (parameters.QueryWindowSizeHours is { } window)
        {
            writer.WriteNumber(Names.QueryWindowSizeHours, window);
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptionalList(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }
}
