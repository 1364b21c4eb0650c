namespace TableImport.Client.Tests.ArchitectureExample;

/// <summary>The architecture document's example type, verbatim: the generator turns it into the seed's BigQuery job.</summary>
[TableImportJob("My Test Model", ModelType.ScoreCategorical, ModelEnvironment.Production)]
[BigQueryTable("test-project-id", "test-dataset", "test-table")]
[FeaturePrefix("feature_")]
[TagPrefix("tag_")]
public partial class ScoredTransaction
{
    [PredictionId]        public string PredictionId { get; set; } = "";
    [PredictionLabel]     public string Prediction { get; set; } = "";
    [PredictionTimestamp] public DateTime PredictionTs { get; set; }
    [ActualLabel]         public string? Actual { get; set; }
    [ModelVersion]        public string ModelVersion { get; set; } = "";
    [ChangeTimestamp]     public DateTime PartitionTimestamp { get; set; }
}
