namespace TableImport.Cli.Tests;

/// <summary>
/// One valid job of every model type, built by hand (no generator), between them using every kind of schema field:
/// prefixes and lists, every model type's own columns, embeddings with raw data and links, both sets of bounding boxes,
/// a batch id, ingestion parameters, and all three stores.
/// </summary>
internal static class ModelJobs
{
    public static IEnumerable<TableImportJobDefinition> All()
    {
        yield return Job("fraud", ModelType.ScoreCategorical, ModelEnvironment.Production, Bq("transactions"), new()
        {
            PredictionId = "transaction_id", Timestamp = "scored_at", ChangeTimestamp = "updated_at", PredictionLabel = "verdict",
            PredictionScore = "fraud_score", ActualLabel = "confirmed", Version = "model_version", Features = "feature_", TagsList = ["tag_region", "tag_channel"],
            ShapValues = "shap_",
        }, parameters: new() { RowLimit = 5000, RefreshIntervalMinutes = 30, QueryWindowSizeHours = 12 });
        yield return Job("delivery-eta", ModelType.Numeric, ModelEnvironment.Validation, Snowflake("DELIVERIES"), new()
        {
            PredictionId = "ORDER_ID", Timestamp = "PREDICTED_AT", ChangeTimestamp = "CHANGED_AT", PredictionScore = "ETA_MINUTES",
            ActualScore = "ACTUAL_MINUTES", FeaturesList = ["DISTANCE_KM", "COURIER_LOAD"], Tags = "TAG_", BatchId = "BATCH",
        }, batchId: "2026-12");
        yield return Job("search-ranking", ModelType.Ranking, ModelEnvironment.Training, Databricks("impressions"), new()
        {
            PredictionId = "impression_id", Timestamp = "shown_at", ChangeTimestamp = "changed_at", PredictionGroupId = "query_id",
            Rank = "position", RelevanceScore = "relevance", RelevanceLabel = "clicked", PredictionScore = "score", FeaturesList = ["f_price"],
        });
        yield return Job("ticket-routing", ModelType.MultiClass, ModelEnvironment.Production, Bq("tickets"), new()
        {
            PredictionId = "ticket_id", Timestamp = "routed_at", ChangeTimestamp = "changed_at", PredictionScores = "predicted_scores",
            ActualScores = "actual_scores", ThresholdScores = "thresholds", FeaturesList = [],
        });
        yield return Job("shelf-detector", ModelType.ObjectDetection, ModelEnvironment.Training, Snowflake("DETECTIONS"), new()
        {
            PredictionId = "IMAGE_ID", Timestamp = "CAPTURED_AT", ChangeTimestamp = "CHANGED_AT", FeaturesList = [],
            EmbeddingFeatures = [new EmbeddingFeatureColumns { FeatureName = "image", VectorCol = "IMAGE_VECTOR", LinkToDataCol = "IMAGE_URL" }],
            PredictionObjectDetection = new ObjectDetectionColumns { BoundingBoxesCoordinatesColumnName = "PREDICTED_BOXES", BoundingBoxesCategoriesColumnName = "PREDICTED_CATEGORIES", BoundingBoxesScoresColumnName = "PREDICTED_SCORES" },
            ActualObjectDetection = new ObjectDetectionColumns { BoundingBoxesCoordinatesColumnName = "LABELLED_BOXES", BoundingBoxesCategoriesColumnName = "LABELLED_CATEGORIES" },
        });
        yield return Job("support-answers", ModelType.GenerativeLlm, ModelEnvironment.Production, Bq("answers"), new()
        {
            PredictionId = "answer_id", Timestamp = "answered_at", ChangeTimestamp = "changed_at", ActualLabel = "rating", FeaturesList = [],
            EmbeddingFeatures = [new EmbeddingFeatureColumns { FeatureName = "prompt", VectorCol = "prompt_vector", RawDataCol = "prompt_text" }],
        });
    }

    private static TableImportJobDefinition Job(string model, ModelType type, ModelEnvironment environment, Action<TableImportJobDefinition> table, TableImportSchema schema, TableIngestionParameters? parameters = null, string? batchId = null)
    {
        var job = new TableImportJobDefinition
        {
            ModelName = model, ModelType = type, ModelEnvironmentName = environment, Schema = schema, TableIngestionParameters = parameters, BatchId = batchId,
            ModelVersion = type == ModelType.Ranking ? "v3" : null,
        };
        table(job);
        return job;
    }

    private static Action<TableImportJobDefinition> Bq(string table) => job =>
    {
        job.TableStore = TableStore.BigQuery;
        job.BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "acme-ml", Dataset = "scores", TableName = table };
    };

    private static Action<TableImportJobDefinition> Snowflake(string table) => job =>
    {
        job.TableStore = TableStore.Snowflake;
        job.SnowflakeTableConfig = new SnowflakeTableConfig { AccountID = "acme-prod", Database = "ML", Schema = "SCORES", TableName = table };
    };

    private static Action<TableImportJobDefinition> Databricks(string table) => job =>
    {
        job.TableStore = TableStore.Databricks;
        job.DatabricksTableConfig = new DatabricksTableConfig { HostName = "adb-1.azuredatabricks.net", Endpoint = "/sql/1.0/warehouses/abc", Catalog = "main", DatabricksSchema = "ml", TableName = table };
    };
}
