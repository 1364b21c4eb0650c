using TableImport.Emulator.Validation;

namespace TableImport.Emulator.GraphQL;

// Inside the namespace so these win over TableImport's definition types of the same names.
using TableImport.Emulator.Model;

/// <summary>
/// Turns GraphQL.NET's parsed input objects (dictionaries; enum values arrive as their names) into the emulator's
/// records. GraphQL has already checked types and non-null fields, so this only reshapes.
/// </summary>
internal static class InputReader
{
    public static JobInput ReadCreateInput(IDictionary<string, object?> input)
    {
        var problems = new List<string>();
        return new JobInput
        {
            ClientMutationId = Str(input, "clientMutationId"),
            SpaceId = Str(input, "spaceId") ?? "",
            ModelName = Str(input, "modelName") ?? "",
            ModelType = Str(input, "modelType") ?? "",
            ModelEnvironmentName = Str(input, "modelEnvironmentName") ?? "",
            ModelVersion = Str(input, "modelVersion"),
            BatchId = Str(input, "batchId"),
            TableStore = Str(input, "tableStore") ?? "",
            BigQueryTableConfig = Obj(input, "bigQueryTableConfig") is { } bq
                ? new BigQueryTableConfig(Str(bq, "projectId") ?? "", Str(bq, "dataset") ?? "", Str(bq, "tableName") ?? "")
                : null,
            SnowflakeTableConfig = Obj(input, "snowflakeTableConfig") is { } sf
                ? new SnowflakeTableConfig(Str(sf, "accountID") ?? "", Str(sf, "schema") ?? "", Str(sf, "database") ?? "", Str(sf, "tableName") ?? "")
                : null,
            DatabricksTableConfig = Obj(input, "databricksTableConfig") is { } db
                ? new DatabricksTableConfig(
                    Str(db, "hostName") ?? "", Str(db, "endpoint") ?? "", Str(db, "port"), Str(db, "azureResourceId"),
                    Str(db, "azureTenantId"), Str(db, "catalog") ?? "", Str(db, "databricksSchema") ?? "", Str(db, "tableName") ?? "")
                : null,
            Schema = ReadSchema(Obj(input, "schema") ?? new Dictionary<string, object?>(), problems),
            TableIngestionParameters = ReadParameters(Obj(input, "tableIngestionParameters")),
            DryRun = input.TryGetValue("dryRun", out var dry) && dry is true,
            ReadProblems = problems,
        };
    }

    public static TableImportSchema ReadSchema(IDictionary<string, object?> s, List<string> problems) => new()
    {
        PredictionId = Str(s, "predictionId"),
        Timestamp = Str(s, "timestamp"),
        ChangeTimestamp = Str(s, "changeTimestamp"),
        Version = Str(s, "version"),
        BatchId = Str(s, "batchId"),
        PredictionLabel = Str(s, "predictionLabel"),
        PredictionScore = Str(s, "predictionScore"),
        ActualLabel = Str(s, "actualLabel"),
        ActualScore = Str(s, "actualScore"),
        Features = Str(s, "features"),
        FeaturesList = StrList(s, "featuresList", problems),
        Tags = Str(s, "tags"),
        TagsList = StrList(s, "tagsList", problems),
        ShapValues = Str(s, "shapValues"),
        Exclude = StrList(s, "exclude", problems),
        EmbeddingFeatures = Embeddings(s, problems),
        PredictionGroupId = Str(s, "predictionGroupId"),
        Rank = Str(s, "rank"),
        RelevanceScore = Str(s, "relevanceScore"),
        RelevanceLabel = Str(s, "relevanceLabel"),
        PredictionScores = Str(s, "predictionScores"),
        ActualScores = Str(s, "actualScores"),
        ThresholdScores = Str(s, "thresholdScores"),
        PredictionObjectDetection = ObjectDetection(Obj(s, "predictionObjectDetection")),
        ActualObjectDetection = ObjectDetection(Obj(s, "actualObjectDetection")),
    };

    public static IngestionParametersInput? ReadParameters(IDictionary<string, object?>? p) =>
        p is null ? null : new IngestionParametersInput(Int(p, "rowLimit"), Int(p, "refreshIntervalMinutes"), Int(p, "queryWindowSizeHours"));

    public static string? Str(IDictionary<string, object?> d, string key) =>
        d.TryGetValue(key, out var v) && v is not null ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static IDictionary<string, object?>? Obj(IDictionary<string, object?> d, string key) =>
        d.TryGetValue(key, out var v) ? v as IDictionary<string, object?> : null;

    private static int? Int(IDictionary<string, object?> d, string key) =>
        d.TryGetValue(key, out var v) && v is not null ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static IReadOnlyList<string>? StrList(IDictionary<string, object?> d, string key, List<string> problems)
    {
        if (!d.TryGetValue(key, out var v) || v is not System.Collections.IEnumerable items)
        {
            return null;
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            if (item is null)
            {
                problems.Add($"schema.{key} must not contain null");
                continue;
            }

            list.Add(Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return list;
    }

    private static IReadOnlyList<EmbeddingFeature>? Embeddings(IDictionary<string, object?> d, List<string> problems)
    {
        if (!d.TryGetValue("embeddingFeatures", out var v) || v is not System.Collections.IEnumerable items)
        {
            return null;
        }

        var list = new List<EmbeddingFeature>();
        foreach (var item in items)
        {
            if (item is not IDictionary<string, object?> e)
            {
                problems.Add("schema.embeddingFeatures must not contain null");
                continue;
            }

            list.Add(new EmbeddingFeature(Str(e, "featureName") ?? "", Str(e, "vectorCol") ?? "", Str(e, "rawDataCol"), Str(e, "linkToDataCol")));
        }

        return list;
    }

    private static ObjectDetectionColumns? ObjectDetection(IDictionary<string, object?>? d) => d is null
        ? null
        : new ObjectDetectionColumns(
            Str(d, "boundingBoxesCoordinatesColumnName"),
            Str(d, "boundingBoxesCategoriesColumnName"),
            Str(d, "boundingBoxesScoresColumnName"));
}
