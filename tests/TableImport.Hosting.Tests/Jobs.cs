namespace TableImport.Hosting.Tests;

/// <summary>Definitions as the generator would produce them, built by hand so each test controls every value.</summary>
internal static class Jobs
{
    public static TableImportJobDefinition Fraud(int? refreshMinutes = null, string table = "transactions") => new()
    {
        JobTypeName = "Contoso.FraudScores",
        ModelName = "fraud-detector",
        ModelType = ModelType.ScoreCategorical,
        ModelEnvironmentName = ModelEnvironment.Production,
        TableStore = TableStore.BigQuery,
        BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "contoso-ml", Dataset = "scoring", TableName = table },
        Schema = new TableImportSchema
        {
            PredictionId = "prediction_id",
            PredictionLabel = "prediction",
            Timestamp = "prediction_ts",
            ActualLabel = "actual",
            Features = "feature_",
            ChangeTimestamp = "change_ts",
        },
        TableIngestionParameters = refreshMinutes is null ? null : new TableIngestionParameters { RefreshIntervalMinutes = refreshMinutes, QueryWindowSizeHours = 12 },
    };

    public static TableImportJobDefinition Ranking() => new()
    {
        JobTypeName = "Contoso.SearchRanking",
        ModelName = "search-ranker",
        ModelType = ModelType.Ranking,
        ModelEnvironmentName = ModelEnvironment.Production,
        TableStore = TableStore.Snowflake,
        SnowflakeTableConfig = new SnowflakeTableConfig { AccountID = "contoso", Database = "ML", Schema = "RANKING", TableName = "SEARCH_RESULTS" },
        Schema = new TableImportSchema
        {
            PredictionId = "PREDICTION_ID",
            PredictionGroupId = "QUERY_ID",
            Rank = "RANK",
            RelevanceScore = "RELEVANCE",
            Timestamp = "PREDICTION_TS",
            ChangeTimestamp = "CHANGE_TS",
            FeaturesList = ["DOC_LENGTH", "CLICK_RATE"],
        },
    };

    /// <summary>A Snowflake job on table SCORES of <paramref name="database"/>: Arize reports only the table name.</summary>
    public static TableImportJobDefinition SnowflakeScores(string jobType, string database) => new()
    {
        JobTypeName = jobType,
        ModelName = "scores",
        ModelType = ModelType.ScoreCategorical,
        ModelEnvironmentName = ModelEnvironment.Production,
        TableStore = TableStore.Snowflake,
        SnowflakeTableConfig = new SnowflakeTableConfig { AccountID = "contoso", Database = database, Schema = "ML", TableName = "SCORES" },
        Schema = new TableImportSchema
        {
            PredictionId = "PREDICTION_ID",
            PredictionLabel = "PREDICTION",
            Timestamp = "PREDICTION_TS",
            ChangeTimestamp = "CHANGE_TS",
        },
    };

    /// <summary>Arize rejects it: the validation environment needs a batch id.</summary>
    public static TableImportJobDefinition MissingBatchId() => new()
    {
        JobTypeName = "Contoso.ValidationScores",
        ModelName = "fraud-detector",
        ModelType = ModelType.ScoreCategorical,
        ModelEnvironmentName = ModelEnvironment.Validation,
        TableStore = TableStore.BigQuery,
        BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "contoso-ml", Dataset = "scoring", TableName = "validation" },
        Schema = new TableImportSchema
        {
            PredictionId = "prediction_id",
            PredictionLabel = "prediction",
            ActualLabel = "actual",
            ChangeTimestamp = "change_ts",
        },
    };
}
