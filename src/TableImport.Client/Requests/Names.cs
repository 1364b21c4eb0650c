using System.Text.Json;

namespace TableImport.Client;

/// <summary>Every JSON name, enum spelling and document the request writer uses, encoded once; the schema's from its catalog.</summary>
internal static class Names
{
    internal static readonly JsonEncodedText OperationName = JsonEncodedText.Encode("operationName");
    internal static readonly JsonEncodedText Query = JsonEncodedText.Encode("query");
    internal static readonly JsonEncodedText Variables = JsonEncodedText.Encode("variables");
    internal static readonly JsonEncodedText Input = JsonEncodedText.Encode("input");
    internal static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    internal static readonly JsonEncodedText SpaceId = JsonEncodedText.Encode("spaceId");
    internal static readonly JsonEncodedText First = JsonEncodedText.Encode("first");
    internal static readonly JsonEncodedText After = JsonEncodedText.Encode("after");
    internal static readonly JsonEncodedText JobId = JsonEncodedText.Encode("jobId");
    internal static readonly JsonEncodedText QueryStart = JsonEncodedText.Encode("queryStart");
    internal static readonly JsonEncodedText QueryEnd = JsonEncodedText.Encode("queryEnd");
    internal static readonly JsonEncodedText DryRun = JsonEncodedText.Encode("dryRun");

    internal static readonly JsonEncodedText ModelName = JsonEncodedText.Encode("modelName");
    internal static readonly JsonEncodedText ModelType = JsonEncodedText.Encode("modelType");
    internal static readonly JsonEncodedText ModelEnvironmentName = JsonEncodedText.Encode("modelEnvironmentName");
    internal static readonly JsonEncodedText ModelVersion = JsonEncodedText.Encode("modelVersion");
    internal static readonly JsonEncodedText BatchId = JsonEncodedText.Encode("batchId");
    internal static readonly JsonEncodedText TableStore = JsonEncodedText.Encode("tableStore");

    internal static readonly JsonEncodedText BigQueryTableConfig = JsonEncodedText.Encode("bigQueryTableConfig");
    internal static readonly JsonEncodedText ProjectId = JsonEncodedText.Encode("projectId");
    internal static readonly JsonEncodedText Dataset = JsonEncodedText.Encode("dataset");
    internal static readonly JsonEncodedText TableName = JsonEncodedText.Encode("tableName");
    internal static readonly JsonEncodedText SnowflakeTableConfig = JsonEncodedText.Encode("snowflakeTableConfig");
    internal static readonly JsonEncodedText AccountId = JsonEncodedText.Encode("accountID");
    internal static readonly JsonEncodedText Database = JsonEncodedText.Encode("database");
    internal static readonly JsonEncodedText DatabricksTableConfig = JsonEncodedText.Encode("databricksTableConfig");
    internal static readonly JsonEncodedText HostName = JsonEncodedText.Encode("hostName");
    internal static readonly JsonEncodedText Endpoint = JsonEncodedText.Encode("endpoint");
    internal static readonly JsonEncodedText Port = JsonEncodedText.Encode("port");
    internal static readonly JsonEncodedText Token = JsonEncodedText.Encode("token");
    internal static readonly JsonEncodedText AzureResourceId = JsonEncodedText.Encode("azureResourceId");
    internal static readonly JsonEncodedText AzureTenantId = JsonEncodedText.Encode("azureTenantId");
    internal static readonly JsonEncodedText Catalog = JsonEncodedText.Encode("catalog");
    internal static readonly JsonEncodedText DatabricksSchema = JsonEncodedText.Encode("databricksSchema");

    internal static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema");

    /// <summary>The schema's fields in the order a request writes them, each with its name and its parts' names encoded once.</summary>
    internal static readonly EncodedSchemaField[] SchemaFieldsInRequestOrder = SchemaFields.RequestFields
        .Select(field => new EncodedSchemaField(field, JsonEncodedText.Encode(field.GraphQLName), field.Parts.Select(part => JsonEncodedText.Encode(part.GraphQLName)).ToArray()))
        .ToArray();

    internal static readonly JsonEncodedText TableIngestionParameters = JsonEncodedText.Encode("tableIngestionParameters");
    internal static readonly JsonEncodedText RowLimit = JsonEncodedText.Encode("rowLimit");
    internal static readonly JsonEncodedText RefreshIntervalMinutes = JsonEncodedText.Encode("refreshIntervalMinutes");
    internal static readonly JsonEncodedText QueryWindowSizeHours = JsonEncodedText.Encode("queryWindowSizeHours");

    internal static readonly JsonEncodedText OpDryRun = JsonEncodedText.Encode("dryRunTableImportJob");
    internal static readonly JsonEncodedText DocDryRun = JsonEncodedText.Encode(GraphQLDocuments.DryRun);
    internal static readonly JsonEncodedText OpCreateJob = JsonEncodedText.Encode("createTableImportJob");
    internal static readonly JsonEncodedText DocCreateJob = JsonEncodedText.Encode(GraphQLDocuments.CreateJob);
    internal static readonly JsonEncodedText OpCreateEventBasedJob = JsonEncodedText.Encode("createTriggeredOngoingTableImportJob");
    internal static readonly JsonEncodedText JobStatus = JsonEncodedText.Encode("jobStatus");

    private static readonly JsonEncodedText[] OperationNames =
    [
        OpDryRun,
        OpCreateJob,
        OpCreateEventBasedJob,
        JsonEncodedText.Encode("listTableImportJobs"),
        JsonEncodedText.Encode("getTableImportJob"),
        JsonEncodedText.Encode("listTableImportJobQueries"),
        JsonEncodedText.Encode("pauseTableImportJob"),
        JsonEncodedText.Encode("startTableImportJob"),
        JsonEncodedText.Encode("deleteTableImportJob"),
        JsonEncodedText.Encode("updateTableIngestionParameters"),
        JsonEncodedText.Encode("updateTableImportJob"),
        JsonEncodedText.Encode("createTriggeredOngoingTableRun"),
        JsonEncodedText.Encode("findTableImportJob"),
        JsonEncodedText.Encode("tableimportServerSupport"),
    ];

    // The event-based create, the job update and the triggered run have documents that depend on what they send
    // (UpdateJobDocumentOf; the writer builds the other two); their slots stay empty.
    private static readonly JsonEncodedText[] Documents =
    [
        DocDryRun,
        DocCreateJob,
        default,
        JsonEncodedText.Encode(GraphQLDocuments.ListJobs),
        JsonEncodedText.Encode(GraphQLDocuments.GetJob),
        JsonEncodedText.Encode(GraphQLDocuments.ListQueries),
        JsonEncodedText.Encode(GraphQLDocuments.PauseJob),
        JsonEncodedText.Encode(GraphQLDocuments.StartJob),
        JsonEncodedText.Encode(GraphQLDocuments.DeleteJob),
        JsonEncodedText.Encode(GraphQLDocuments.UpdateIngestionParameters),
        default,
        default,
        JsonEncodedText.Encode(GraphQLDocuments.FindJob),
        JsonEncodedText.Encode(GraphQLDocuments.ServerSupport),
    ];

    private static readonly JsonEncodedText[] UpdateJobDocuments = Enumerable.Range(0, (int)UpdateJobFields.All + 1)
        .Select(fields => JsonEncodedText.Encode(GraphQLDocuments.UpdateJob((UpdateJobFields)fields)))
        .ToArray();

    private static readonly JsonEncodedText[] JobStatuses = [JsonEncodedText.Encode("active"), JsonEncodedText.Encode("inactive"), JsonEncodedText.Encode("deleted")];

    private static readonly JsonEncodedText[] ModelTypes = Encode<ModelType>(v => GraphQLNames.Of(v));
    private static readonly JsonEncodedText[] Environments = Encode<ModelEnvironment>(v => GraphQLNames.Of(v));
    private static readonly JsonEncodedText[] TableStores = Encode<TableImport.TableStore>(v => GraphQLNames.Of(v));

    internal static JsonEncodedText OperationNameOf(TableImportOperation operation) => OperationNames[(int)operation];

    internal static JsonEncodedText DocumentOf(TableImportOperation operation) => Documents[(int)operation] is { EncodedUtf8Bytes.IsEmpty: false } document
        ? document
        : throw new InvalidOperationException($"The document of {operation} depends on what it sends; it has no fixed text.");

    internal static JsonEncodedText UpdateJobDocumentOf(UpdateJobFields fields) => UpdateJobDocuments[(int)fields];

    /// <summary>The GraphQL spelling of a job status (<c>active</c>, <c>inactive</c>, <c>deleted</c>) [3p].</summary>
    internal static JsonEncodedText Of(Client.JobStatus value) => (uint)value < (uint)JobStatuses.Length
        ? JobStatuses[(int)value]
        : throw new ArgumentOutOfRangeException(nameof(value), value, "not a JobStatus");

    internal static JsonEncodedText Of(ModelType value) => (uint)value < (uint)ModelTypes.Length ? ModelTypes[(int)value] : Unknown(value);

    internal static JsonEncodedText Of(ModelEnvironment value) => (uint)value < (uint)Environments.Length ? Environments[(int)value] : Unknown(value);

    internal static JsonEncodedText Of(TableImport.TableStore value) => (uint)value < (uint)TableStores.Length ? TableStores[(int)value] : Unknown(value);

    private static JsonEncodedText Unknown<T>(T value) where T : struct, Enum =>
        JsonEncodedText.Encode(GraphQLNamesOf(value));

    // Lets GraphQLNames throw its own ArgumentOutOfRangeException for a value outside the enum.
    private static string GraphQLNamesOf<T>(T value) where T : struct, Enum => value switch
    {
        ModelType m => GraphQLNames.Of(m),
        ModelEnvironment e => GraphQLNames.Of(e),
        TableImport.TableStore s => GraphQLNames.Of(s),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static JsonEncodedText[] Encode<T>(Func<T, string> spell) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var encoded = new JsonEncodedText[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            encoded[i] = JsonEncodedText.Encode(spell(values[i]));
        }

        return encoded;
    }
}

/// <summary>A schema field with its JSON name, and the names of its parts (<see cref="SchemaField.Parts"/>), encoded.</summary>
internal sealed record EncodedSchemaField(SchemaField Field, JsonEncodedText Name, JsonEncodedText[] PartNames);
