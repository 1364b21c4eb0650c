using TableImport.Analyzers.Tests.Infrastructure;
using Xunit;
using static TableImport.Analyzers.Tests.Infrastructure.Sources;

namespace TableImport.Analyzers.Tests;

/// <summary>A valid job of every model type, in every environment that takes table imports, produces no diagnostic at all.</summary>
public class ValidJobTests
{
    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var model in ModelTypes)
        {
            foreach (var environment in new[] { "Production", "Training", "Validation" })
            {
                rows.Add(model, environment);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Valid_job_has_no_diagnostics(string model, string environment)
        => Verify.Analyzer(Job(modelType: model, environment: environment));

    [Fact]
    public Task The_architecture_example_has_no_diagnostics()
        => Verify.Analyzer(Usings + """
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
                [Feature]             public double FeatureAmount { get; set; }
                [Tag]                 public string TagRegion { get; set; } = "";
                [System.ComponentModel.DataAnnotations.Schema.NotMapped] public string Scratch { get; set; } = "";
                [System.ComponentModel.DataAnnotations.Schema.Column("feature_merchant")] [Feature] public string Merchant { get; set; } = "";
            }
            """);
}
