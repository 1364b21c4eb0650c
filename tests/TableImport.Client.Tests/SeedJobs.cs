namespace TableImport.Client.Tests;

/// <summary>Definitions built by hand, so these tests do not depend on the generator.</summary>
internal static class SeedJobs
{
    /// <summary>The architecture doc's ScoredTransaction: exactly the seed's BigQuery mapping.</summary>
    public static TableImportJobDefinition ScoredTransaction(string modelName = "My Test Model") => new()
    {
        ModelName = modelName,
        ModelType = ModelType.ScoreCategorical,
        ModelEnvironmentName = ModelEnvironment.Production,
        TableStore = TableStore.BigQuery,
        BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "test-project-id", Dataset = "test-dataset", TableName = "test-table" },
        Schema = new TableImportSchema
        {
            PredictionId = "prediction_id",
            PredictionLabel = "prediction",
            Timestamp = "prediction_ts",
            Features = "feature_",
            ActualLabel = "actual",
            Version = "model_version",
            Tags = "tag_",
            ChangeTimestamp = "partition_timestamp",
        },
        JobTypeName = "Tests.ScoredTransaction",
    };

    /// <summary>The seed's event-based Snowflake job.</summary>
    public static TableImportJobDefinition SnowflakeEventBased() => new()
    {
        ModelName = "model-name",
        ModelType = ModelType.ScoreCategorical,
        ModelEnvironmentName = ModelEnvironment.Production,
        TableStore = TableStore.Snowflake,
        SnowflakeTableConfig = new SnowflakeTableConfig { AccountID = "snowflake-account-id", Schema = "snowflake-schema", Database = "database-name", TableName = "table-name" },
        Schema = new TableImportSchema
        {
            PredictionId = "PRED_ID",
            PredictionLabel = "PRED_LABEL",
            Timestamp = "TIMESTAMP",
            FeaturesList = [],
            TagsList = [],
            ChangeTimestamp = "CHANGE_TIMESTAMP",
        },
        EventBased = true,
    };
}
