namespace TableImport.Analyzers.Tests.Scaffolding;

/// <summary>
/// Jobs as a space might hold them, between them every model type, all three stores, prefixes and lists, column names
/// no naming policy gives, a batch id, embeddings, object detection, an event-based Snowflake job and what the API does
/// not report (empty Snowflake and Databricks coordinates, no row limit).
/// </summary>
internal static class ScaffoldCorpus
{
    public static IEnumerable<(string Name, TableImportJobDefinition Job)> All()
    {
        yield return ("fraud", Job("card-fraud", ModelType.ScoreCategorical, ModelEnvironment.Production, Bq("transactions"), new()
        {
            PredictionId = "transaction_id", Timestamp = "scored_at", ChangeTimestamp = "updated_at", PredictionLabel = "verdict",
            PredictionScore = "fraud_score", ActualLabel = "confirmed", Version = "model_version", Features = "feature_",
            TagsList = ["tag_region", "tag_channel"], ShapValues = "shap_",
        }, parameters: new() { RefreshIntervalMinutes = 30, QueryWindowSizeHours = 12 }, version: "v7"));
        yield return ("delivery", Job("delivery-eta", ModelType.Numeric, ModelEnvironment.Validation, Snowflake("DELIVERIES"), new()
        {
            PredictionId = "ORDER_ID", Timestamp = "PREDICTED_AT", ChangeTimestamp = "CHANGED_AT", PredictionScore = "ETA_MINUTES",
            ActualScore = "ACTUAL_MINUTES", FeaturesList = ["DISTANCE_KM", "COURIER_LOAD"], Tags = "TAG_", BatchId = "BATCH",
        }, batchId: "2026-12"));
        yield return ("ranking", Job("search-ranking", ModelType.Ranking, ModelEnvironment.Training, Databricks("impressions"), new()
        {
            PredictionId = "impression_id", Timestamp = "shown_at", ChangeTimestamp = "changed_at", PredictionGroupId = "query_id",
            Rank = "position", RelevanceScore = "relevance", RelevanceLabel = "clicked", PredictionScore = "score", FeaturesList = ["f_price"],
        }, version: "v3"));
        yield return ("multi-class odd names", Job("ticket-routing", ModelType.MultiClass, ModelEnvironment.Production, Bq("tickets"), new()
        {
            PredictionId = "Ticket ID", Timestamp = "routedAt", ChangeTimestamp = "changed__at", PredictionScores = "predicted_scores",
            ActualScores = "2nd-opinion", ThresholdScores = "thresholds", FeaturesList = ["class", "Columns", "ToString", "version_2", "a_b"],
        }));
        yield return ("object detection, event based", Job("shelf-detector", ModelType.ObjectDetection, ModelEnvironment.Training, Snowflake("DETECTIONS"), new()
        {
            PredictionId = "IMAGE_ID", Timestamp = "CAPTURED_AT", ChangeTimestamp = "CHANGED_AT", FeaturesList = [],
            EmbeddingFeatures = [new EmbeddingFeatureColumns { FeatureName = "image", VectorCol = "IMAGE_VECTOR", LinkToDataCol = "IMAGE_URL" }],
            PredictionObjectDetection = new ObjectDetectionColumns { BoundingBoxesCoordinatesColumnName = "PREDICTED_BOXES", BoundingBoxesCategoriesColumnName = "PREDICTED_CATEGORIES", BoundingBoxesScoresColumnName = "PREDICTED_SCORES" },
            ActualObjectDetection = new ObjectDetectionColumns { BoundingBoxesCoordinatesColumnName = "LABELLED_BOXES", BoundingBoxesCategoriesColumnName = "LABELLED_CATEGORIES" },
        }, eventBased: true));
        yield return ("llm camel case", Job("support-answers", ModelType.GenerativeLlm, ModelEnvironment.Production, Bq("answers"), new()
        {
            PredictionId = "answerId", Timestamp = "answeredAt", ChangeTimestamp = "changedAt", ActualLabel = "rating", FeaturesList = [],
            EmbeddingFeatures =
            [
                new EmbeddingFeatureColumns { FeatureName = "prompt", VectorCol = "promptVector", RawDataCol = "promptText" },
                new EmbeddingFeatureColumns { FeatureName = "answer", VectorCol = "answerVector", RawDataCol = "answerText", LinkToDataCol = "answerUrl" },
            ],
        }, parameters: new() { RowLimit = 500, RefreshIntervalMinutes = 60, QueryWindowSizeHours = 0 }));
    }

    public static TableImportJobDefinition Job(string model, ModelType type, ModelEnvironment environment, Action<TableImportJobDefinition> table, TableImportSchema schema, TableIngestionParameters? parameters = null, string? batchId = null, string? version = null, bool eventBased = false)
    {
        var job = new TableImportJobDefinition
        {
            ModelName = model, ModelType = type, ModelEnvironmentName = environment, Schema = schema, TableIngestionParameters = parameters,
            BatchId = batchId, ModelVersion = version, EventBased = eventBased,
        };
        table(job);
        return job;
    }

    public static Action<TableImportJobDefinition> Bq(string table) => job =>
    {
        job.TableStore = TableStore.BigQuery;
        job.BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "acme-ml", Dataset = "scores", TableName = table };
    };

    // As the API reports them: the table's name only.
    public static Action<TableImportJobDefinition> Snowflake(string table) => job =>
    {
        job.TableStore = TableStore.Snowflake;
        job.SnowflakeTableConfig = new SnowflakeTableConfig { TableName = table };
    };

    public static Action<TableImportJobDefinition> Databricks(string table) => job =>
    {
        job.TableStore = TableStore.Databricks;
        job.DatabricksTableConfig = new DatabricksTableConfig { TableName = table };
    };
}
