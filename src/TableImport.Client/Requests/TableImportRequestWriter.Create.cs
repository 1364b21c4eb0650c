using System.Buffers;
using System.Text.Json;

namespace TableImport.Client;

/// <summary>The two creates: <c>createTableImportJob</c> (and its dry run) with a typed input, the event-based one inline.</summary>
internal static partial class TableImportRequestWriter
{
    /// <summary>
    /// Writes the body of <c>createTableImportJob</c> for <paramref name="definition"/>: the dry-run document when
    /// <paramref name="dryRun"/> is true (and <c>"dryRun": true</c> in the input), the create document otherwise.
    /// </summary>
    /// <param name="output">Receives the UTF-8 JSON.</param>
    /// <param name="definition">The job.</param>
    /// <param name="spaceId">The space the job goes to.</param>
    /// <param name="dryRun">Validate only.</param>
    /// <param name="databricksToken">The Databricks token to add to <c>databricksTableConfig</c>, if any.</param>
    internal static void WriteCreateJobRequest(IBufferWriter<byte> output, TableImportJobDefinition definition, string spaceId, bool dryRun, string? databricksToken = null)
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
    internal static void WriteCreateEventBasedJobRequest(IBufferWriter<byte> output, TableImportJobDefinition definition, string spaceId, string? databricksToken = null)
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
}
