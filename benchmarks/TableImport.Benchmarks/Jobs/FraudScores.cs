namespace TableImport.Benchmarks.Jobs;

/// <summary>
/// The job the run-time benchmark serializes: 30 members, list mode (17 features and 4 tags sent as lists, so the request
/// carries every column), ingestion parameters. Its <c>TableImportJob</c> and <c>Columns</c> come from the real generator.
/// </summary>
[TableImportJob("fraud-detector", ModelType.ScoreCategorical, ModelEnvironment.Production, ModelVersion = "v3")]
[BigQueryTable("contoso-ml", "scoring", "transactions")]
[IngestionParameters(RowLimit = 100000, RefreshIntervalMinutes = 60)]
public partial class FraudScores
{
    [PredictionId] public string PredictionId { get; set; } = "";
    [PredictionTimestamp] public DateTime PredictionTs { get; set; }
    [ChangeTimestamp] public DateTime ChangedAt { get; set; }
    [PredictionLabel] public string Prediction { get; set; } = "";
    [PredictionScore] public double Score { get; set; }
    [ActualLabel] public string? Actual { get; set; }
    [ActualScore] [ColumnName("actual_score_value")] public double? ActualScore { get; set; }
    [ModelVersion] public string ModelVersion { get; set; } = "";
    [Feature] public double FeatureAmount { get; set; }
    [Feature] public string? FeatureCountry { get; set; }
    [Feature] public int FeatureMerchant { get; set; }
    [Feature] public double FeatureChannel { get; set; }
    [Feature] public string? FeatureDeviceAge { get; set; }
    [Feature] public int FeatureAccountAge { get; set; }
    [Feature] public double FeatureVelocity { get; set; }
    [Feature] public string? FeatureDistance { get; set; }
    [Feature] public int FeatureHour { get; set; }
    [Feature] public double FeatureWeekday { get; set; }
    [Feature] public string? FeatureCardType { get; set; }
    [Feature] public int FeatureCurrency { get; set; }
    [Feature] public double FeatureCategory { get; set; }
    [Feature] public string? FeaturePriorDeclines { get; set; }
    [Feature] public int FeatureBalance { get; set; }
    [Feature] public double FeatureIncome { get; set; }
    [Feature] public string? FeatureCreditScore { get; set; }
    [Tag] public string? TagRegion { get; set; }
    [Tag] public string? TagTeam { get; set; }
    [Tag] public string? TagExperiment { get; set; }
    [Tag] public string? TagCohort { get; set; }
    [NotImported] public string? Notes { get; set; }
}
