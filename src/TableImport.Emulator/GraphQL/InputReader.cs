using System.Collections;
using System.Globalization;
using TableImport.Emulator.Model;

namespace TableImport.Emulator.GraphQL;

/// <summary>
/// Turns GraphQL.NET's parsed input objects (dictionaries; enum values arrive as their names) into the public definition
/// types, whose properties are the input fields' names. The schema is read field by field from the schema catalog
/// (<see cref="SchemaFields"/>). GraphQL has already checked types and non-null fields, so this only reshapes, and notes
/// what the definition cannot hold.
/// </summary>
internal static class InputReader
{
    public static CreateJobRequest ReadCreateInput(IDictionary<string, object?> input, bool eventBased)
    {
        var problems = new List<string>();
        var definition = new TableImportJobDefinition
        {
            ModelName = Str(input, "modelName") ?? "",
            ModelType = EnumValue<ModelType>(input, "modelType", GraphQLNames.TryParse, "a model type", problems),
            ModelEnvironmentName = EnumValue<ModelEnvironment>(input, "modelEnvironmentName", GraphQLNames.TryParse, "an environment", problems),
            ModelVersion = Str(input, "modelVersion"),
            BatchId = Str(input, "batchId"),
            TableStore = EnumValue<TableStore>(input, "tableStore", GraphQLNames.TryParse, "a table store", problems),
            BigQueryTableConfig = Obj(input, "bigQueryTableConfig") is { } bq
                ? new BigQueryTableConfig { ProjectId = Str(bq, "projectId") ?? "", Dataset = Str(bq, "dataset") ?? "", TableName = Str(bq, "tableName") ?? "" }
                : null,
            SnowflakeTableConfig = Obj(input, "snowflakeTableConfig") is { } sf
                ? new SnowflakeTableConfig { AccountID = Str(sf, "accountID") ?? "", Schema = Str(sf, "schema") ?? "", Database = Str(sf, "database") ?? "", TableName = Str(sf, "tableName") ?? "" }
                : null,
            // The token is read by no one: a secret is never kept.
            DatabricksTableConfig = Obj(input, "databricksTableConfig") is { } db
                ? new DatabricksTableConfig
                {
                    HostName = Str(db, "hostName") ?? "", Endpoint = Str(db, "endpoint") ?? "", Port = Str(db, "port"),
                    AzureResourceId = Str(db, "azureResourceId"), AzureTenantId = Str(db, "azureTenantId"),
                    Catalog = Str(db, "catalog") ?? "", DatabricksSchema = Str(db, "databricksSchema") ?? "", TableName = Str(db, "tableName") ?? "",
                }
                : null,
            Schema = ReadSchema(Obj(input, "schema") ?? new Dictionary<string, object?>(), problems),
            TableIngestionParameters = ReadParameters(Obj(input, "tableIngestionParameters")),
            EventBased = eventBased,
        };

        return new CreateJobRequest(
            Str(input, "clientMutationId"),
            Str(input, "spaceId") ?? "",
            input.TryGetValue("dryRun", out var dry) && dry is true,
            definition,
            problems);
    }

    public static TableImportSchema ReadSchema(IDictionary<string, object?> input, List<string> problems)
    {
        var schema = new TableImportSchema();
        foreach (var field in SchemaFields.All)
        {
            switch (field.Kind)
            {
                case SchemaFieldKind.Column:
                case SchemaFieldKind.Prefix:
                    field.SetText(schema, Str(input, field.GraphQLName));
                    break;
                case SchemaFieldKind.ColumnList:
                    field.SetList(schema, Items(input, field, problems, item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? ""));
                    break;
                case SchemaFieldKind.Embeddings:
                    field.SetEmbeddings(schema, Items(input, field, problems, item => item is IDictionary<string, object?> e ? Embedding(field, e) : null));
                    break;
                case SchemaFieldKind.ObjectDetection:
                    field.SetBoxes(schema, Obj(input, field.GraphQLName) is { } boxes ? Boxes(field, boxes) : null);
                    break;
                default:
                    throw new InvalidOperationException($"{field.Path} is a {field.Kind} field, which the emulator cannot read yet.");
            }
        }

        return schema;
    }

    public static TableIngestionParameters? ReadParameters(IDictionary<string, object?>? p) => p is null ? null : new TableIngestionParameters
    {
        RowLimit = Int(p, "rowLimit"),
        RefreshIntervalMinutes = Int(p, "refreshIntervalMinutes"),
        QueryWindowSizeHours = Int(p, "queryWindowSizeHours"),
    };

    public static string? Str(IDictionary<string, object?> d, string key) =>
        d.TryGetValue(key, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    public static IDictionary<string, object?>? Obj(IDictionary<string, object?> d, string key) =>
        d.TryGetValue(key, out var v) ? v as IDictionary<string, object?> : null;

    private static int? Int(IDictionary<string, object?> d, string key) =>
        d.TryGetValue(key, out var v) && v is not null ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;

    private delegate bool TryParse<T>(string? text, out T value);

    // GraphQL has checked the value against the served enum; a served enum with a value the definition lacks (an edited
    // schema) is a problem to report, not a crash.
    private static T EnumValue<T>(IDictionary<string, object?> d, string key, TryParse<T> parse, string what, List<string> problems)
        where T : struct
    {
        var text = Str(d, key) ?? "";
        if (!parse(text, out var value))
        {
            problems.Add($"{key} '{text}' is not {what}");
        }

        return value;
    }

    /// <summary>A list field's items; a null item is noted as a problem and left out.</summary>
    private static List<T>? Items<T>(IDictionary<string, object?> d, SchemaField field, List<string> problems, Func<object, T?> read)
        where T : class
    {
        if (!d.TryGetValue(field.GraphQLName, out var v) || v is not IEnumerable items)
        {
            return null;
        }

        var list = new List<T>();
        foreach (var item in items)
        {
            if ((item is null ? null : read(item)) is { } value)
            {
                list.Add(value);
            }
            else
            {
                problems.Add($"{field.Path} must not contain null");
            }
        }

        return list;
    }

    private static EmbeddingFeatureColumns Embedding(SchemaField field, IDictionary<string, object?> d)
    {
        var embedding = new EmbeddingFeatureColumns();
        foreach (var part in field.Parts)
        {
            part.Set(embedding, Str(d, part.GraphQLName));
        }

        return embedding;
    }

    private static ObjectDetectionColumns Boxes(SchemaField field, IDictionary<string, object?> d)
    {
        var boxes = new ObjectDetectionColumns();
        foreach (var part in field.Parts)
        {
            part.Set(boxes, Str(d, part.GraphQLName));
        }

        return boxes;
    }
}
