namespace TableImport.Emulator.Validation;

// Inside the namespace so these win over TableImport's definition types of the same names.
using TableImport.Emulator.Model;

/// <summary>
/// Turns what a create or an update sent into the <see cref="global::TableImport.TableImportJobDefinition"/> it stands
/// for, so that the emulator judges it with <c>Validate()</c>: the rule engine the analyzer and the client run too.
/// </summary>
internal static class JobDefinitions
{
    /// <summary>A create input whose enums the caller has already parsed.</summary>
    public static global::TableImport.TableImportJobDefinition Of(JobInput input, ModelType modelType, ModelEnvironment environment, TableStore store, bool eventBased) => new()
    {
        ModelName = input.ModelName,
        ModelType = modelType,
        ModelEnvironmentName = environment,
        ModelVersion = input.ModelVersion,
        BatchId = input.BatchId,
        TableStore = store,
        BigQueryTableConfig = Of(input.BigQueryTableConfig),
        SnowflakeTableConfig = Of(input.SnowflakeTableConfig),
        DatabricksTableConfig = Of(input.DatabricksTableConfig),
        Schema = Of(input.Schema),
        // Only the values sent: a default the emulator fills in is not the caller's to answer for.
        TableIngestionParameters = input.TableIngestionParameters is { } p
            ? new global::TableImport.TableIngestionParameters { RowLimit = p.RowLimit, RefreshIntervalMinutes = p.RefreshIntervalMinutes, QueryWindowSizeHours = p.QueryWindowSizeHours }
            : null,
        EventBased = eventBased,
    };

    /// <summary>An existing job as it would be after an update to <paramref name="schema"/> and <paramref name="parameters"/>.</summary>
    public static global::TableImport.TableImportJobDefinition Of(TableImportJob job, TableImportSchema schema, TableIngestionParameters parameters)
    {
        // A stored job was created with valid enum spellings.
        GraphQLNames.TryParse(job.ModelType, out ModelType modelType);
        GraphQLNames.TryParse(job.ModelEnvironmentName, out ModelEnvironment environment);
        GraphQLNames.TryParse(job.TableStore, out TableStore store);
        return new()
        {
            ModelName = job.ModelName,
            ModelType = modelType,
            ModelEnvironmentName = environment,
            ModelVersion = job.ModelVersion,
            BatchId = job.BatchId,
            TableStore = store,
            BigQueryTableConfig = Of(job.BigQueryTableConfig),
            SnowflakeTableConfig = Of(job.SnowflakeTableConfig),
            DatabricksTableConfig = Of(job.DatabricksTableConfig),
            Schema = Of(schema),
            TableIngestionParameters = new global::TableImport.TableIngestionParameters
            {
                RowLimit = parameters.RowLimit, RefreshIntervalMinutes = parameters.RefreshIntervalMinutes, QueryWindowSizeHours = parameters.QueryWindowSizeHours,
            },
            EventBased = job.EventBased,
        };
    }

    private static global::TableImport.BigQueryTableConfig? Of(BigQueryTableConfig? c) => c is null ? null : new()
    {
        ProjectId = c.ProjectId, Dataset = c.Dataset, TableName = c.TableName,
    };

    private static global::TableImport.SnowflakeTableConfig? Of(SnowflakeTableConfig? c) => c is null ? null : new()
    {
        AccountID = c.AccountID, Database = c.Database, Schema = c.Schema, TableName = c.TableName,
    };

    private static global::TableImport.DatabricksTableConfig? Of(DatabricksTableConfig? c) => c is null ? null : new()
    {
        HostName = c.HostName, Endpoint = c.Endpoint, Port = c.Port, AzureResourceId = c.AzureResourceId, AzureTenantId = c.AzureTenantId,
        Catalog = c.Catalog, DatabricksSchema = c.DatabricksSchema, TableName = c.TableName,
    };

    private static global::TableImport.TableImportSchema Of(TableImportSchema s) => new()
    {
        PredictionId = s.PredictionId,
        Timestamp = s.Timestamp,
        ChangeTimestamp = s.ChangeTimestamp,
        PredictionLabel = s.PredictionLabel,
        PredictionScore = s.PredictionScore,
        ActualLabel = s.ActualLabel,
        ActualScore = s.ActualScore,
        Version = s.Version,
        BatchId = s.BatchId,
        Features = s.Features,
        FeaturesList = s.FeaturesList,
        Tags = s.Tags,
        TagsList = s.TagsList,
        ShapValues = s.ShapValues,
        EmbeddingFeatures = s.EmbeddingFeatures?.Select(e => new global::TableImport.EmbeddingFeatureColumns
        {
            FeatureName = e.FeatureName, VectorCol = e.VectorCol, RawDataCol = e.RawDataCol, LinkToDataCol = e.LinkToDataCol,
        }).ToList(),
        PredictionGroupId = s.PredictionGroupId,
        Rank = s.Rank,
        RelevanceScore = s.RelevanceScore,
        RelevanceLabel = s.RelevanceLabel,
        PredictionScores = s.PredictionScores,
        ActualScores = s.ActualScores,
        ThresholdScores = s.ThresholdScores,
        PredictionObjectDetection = Of(s.PredictionObjectDetection),
        ActualObjectDetection = Of(s.ActualObjectDetection),
    };

    private static global::TableImport.ObjectDetectionColumns? Of(ObjectDetectionColumns? c) => c is null ? null : new()
    {
        BoundingBoxesCoordinatesColumnName = c.BoundingBoxesCoordinatesColumnName,
        BoundingBoxesCategoriesColumnName = c.BoundingBoxesCategoriesColumnName,
        BoundingBoxesScoresColumnName = c.BoundingBoxesScoresColumnName,
    };
}
