namespace TableImport.SourceGeneration.Tests.Sources;

/// <summary>Job types the tests feed to the generator, one namespace each so that any set of them compiles together.</summary>
internal static class JobSources
{
    /// <summary>The architecture document's example, which stands for the seed's BigQuery example.</summary>
    public const string ArchitectureExample = """
        using System;
        using TableImport;

        namespace Shop.Jobs
        {
            [TableImportJob("My Test Model", ModelType.ScoreCategorical, ModelEnvironment.Production)]
            [BigQueryTable("test-project-id", "test-dataset", "test-table")]
            [FeaturePrefix("feature_")]
            [TagPrefix("tag_")]
            public partial class ScoredTransaction
            {
                [PredictionId]        public string PredictionId { get; set; } = "";
                [PredictionLabel]     public string Prediction { get; set; } = "";
                [PredictionTimestamp] public DateTime PredictionTs { get; set; }
                [ActualLabel]         public string Actual { get; set; } = "";
                [ModelVersion]        public string ModelVersion { get; set; } = "";
                [ChangeTimestamp]     public DateTime PartitionTimestamp { get; set; }
            }
        }
        """;

    /// <summary>The seed's Snowflake event-based example: upper snake case, empty feature and tag lists.</summary>
    public const string SnowflakeEventBased = """
        using System;
        using TableImport;

        namespace Warehouse.Events
        {
            [TableImportJob("model-name", ModelType.ScoreCategorical, ModelEnvironment.Production, ColumnNaming = ColumnNaming.UpperSnakeCase, EventBased = true)]
            [SnowflakeTable("snowflake-account-id", "database-name", "snowflake-schema", "table-name")]
            public partial class TriggeredPrediction
            {
                [PredictionId]        public string PredId { get; set; } = "";
                [PredictionLabel]     public string PredLabel { get; set; } = "";
                [PredictionTimestamp] public DateTime Timestamp { get; set; }
                [ChangeTimestamp]     public DateTime ChangeTimestamp { get; set; }
            }
        }
        """;

    /// <summary>A record in list mode with features, tags, DataAnnotations, exclusions and a keyword-named member.</summary>
    public const string RecordListMode = """
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using TableImport;

        namespace Lending.Jobs
        {
            [TableImportJob("loan-default", ModelType.ScoreCategorical, ModelEnvironment.Production)]
            [SnowflakeTable("acme-1", "RISK", "PUBLIC", "LOAN_SCORES")]
            public partial record LoanScore
            {
                [PredictionId] public Guid LoanId { get; init; }
                [PredictionLabel] public bool WillDefault { get; init; }
                [PredictionScore] public double DefaultProbability { get; init; }
                [ActualLabel] public bool? Defaulted { get; init; }
                [ActualScore] public double? DefaultedScore { get; init; }
                [PredictionTimestamp] public DateTimeOffset ScoredAt { get; init; }
                [ChangeTimestamp] public DateTimeOffset UpdatedAt { get; init; }
                [Feature] public decimal Income { get; init; }
                [Feature, ColumnName("debt_to_income")] public double DebtToIncomeRatio { get; init; }
                [Feature] public string[] Purposes { get; init; } = [];
                [Tag] public string Region { get; init; } = "";
                [Tag, Column("branch_code")] public int Branch { get; init; }
                [Tag] public string @event { get; init; } = "";
                [NotImported] public string Notes { get; init; } = "";
                [NotMapped] public int CacheKey { get; init; }
                public string Unmarked { get; init; } = "";
            }
        }
        """;

    /// <summary>A struct with fields, Databricks, names as declared, ingestion parameters and job-level version and batch.</summary>
    public const string StructWithFields = """
        using System;
        using TableImport;

        namespace Pricing.Jobs
        {
            [TableImportJob("price-regression", ModelType.Numeric, ModelEnvironment.Validation, ModelVersion = "v7", BatchId = "2024-08-batch", ColumnNaming = ColumnNaming.AsDeclared)]
            [DatabricksTable("adb-123.azuredatabricks.net", "/sql/1.0/warehouses/abc", "main", "pricing", "predictions", Port = "443", AzureResourceId = "resource-id", AzureTenantId = "tenant-id")]
            [IngestionParameters(RowLimit = 50000, RefreshIntervalMinutes = 60, QueryWindowSizeHours = 24)]
            [ShapPrefix("shap_")]
            public partial struct PricePrediction
            {
                [PredictionId] public long Id;
                [PredictionScore] public double PredictedPrice;
                [ActualScore] public double? SoldPrice;
                [PredictionTimestamp] public DateTime PredictedAt;
                [ChangeTimestamp] public DateTime ChangedAt;
                [BatchIdColumn] public string Batch;
                [Feature] public int Bedrooms;
            }
        }
        """;

    /// <summary>A job nested two levels deep in partial types, with a record struct innermost.</summary>
    public const string NestedTypes = """
        using System;
        using TableImport;

        namespace Ads.Jobs
        {
            public static partial class Models
            {
                internal partial class Ranking
                {
                    [TableImportJob("ad-ranking", ModelType.Ranking, ModelEnvironment.Training)]
                    [BigQueryTable("ads-project", "ranking", "impressions")]
                    [IngestionParameters(RowLimit = 1000)]
                    public partial record struct Impression
                    {
                        [PredictionId] public string ImpressionId { get; set; }
                        [PredictionGroupId] public string SearchId { get; set; }
                        [Rank] public int Position { get; set; }
                        [PredictionScore] public float Score { get; set; }
                        [RelevanceScore] public double Relevance { get; set; }
                        [RelevanceLabel] public string Clicked { get; set; }
                        [PredictionTimestamp] public DateTime ShownAt { get; set; }
                        [ChangeTimestamp] public DateTime LoggedAt { get; set; }
                    }
                }
            }
        }
        """;

    /// <summary>A job whose mapped members come partly from base classes (one of them itself a job).</summary>
    public const string InheritedMembers = """
        using System;
        using TableImport;

        namespace Fraud.Jobs
        {
            public abstract class AuditedRow
            {
                [ChangeTimestamp] public DateTime UpdatedAt { get; set; }
                [Tag] public string Source { get; set; } = "";
                private string Secret { get; set; } = "";
                protected string Internal => Secret;
            }

            [TableImportJob("fraud", ModelType.ScoreCategorical, ModelEnvironment.Production)]
            [BigQueryTable("fraud-project", "scores", "transactions")]
            public partial class FraudScore : AuditedRow
            {
                [PredictionId] public string TransactionId { get; set; } = "";
                [PredictionLabel] public string IsFraud { get; set; } = "";
                [PredictionTimestamp] public DateTime ScoredAt { get; set; }
            }

            [TableImportJob("fraud-with-actuals", ModelType.ScoreCategorical, ModelEnvironment.Production)]
            [BigQueryTable("fraud-project", "scores", "labelled_transactions")]
            public partial class LabelledFraudScore : FraudScore
            {
                [ActualLabel] public string ConfirmedFraud { get; set; } = "";
            }
        }
        """;

    /// <summary>Multi-class score maps.</summary>
    public const string MultiClass = """
        using System;
        using System.Collections.Generic;
        using TableImport;

        namespace Support.Jobs
        {
            [TableImportJob("ticket-router", ModelType.MultiClass, ModelEnvironment.Production)]
            [BigQueryTable("support", "routing", "tickets")]
            public partial class TicketRouting
            {
                [PredictionId] public string TicketId { get; set; } = "";
                [PredictionScores] public Dictionary<string, double> QueueScores { get; set; } = new Dictionary<string, double>();
                [ActualScores] public Dictionary<string, double> ResolvedQueue { get; set; } = new Dictionary<string, double>();
                [ThresholdScores] public Dictionary<string, double> Thresholds { get; set; } = new Dictionary<string, double>();
                [PredictionTimestamp] public DateTime RoutedAt { get; set; }
                [ChangeTimestamp] public DateTime ChangedAt { get; set; }
            }
        }
        """;

    /// <summary>Object detection bounding boxes and embedding features.</summary>
    public const string ObjectDetection = """
        using System;
        using System.Collections.Generic;
        using TableImport;

        namespace Vision.Jobs
        {
            [TableImportJob("shelf-detector", ModelType.ObjectDetection, ModelEnvironment.Production)]
            [SnowflakeTable("vision-acct", "VISION", "PUBLIC", "DETECTIONS")]
            [TagPrefix("tag_")]
            public partial class ShelfDetection
            {
                [PredictionId] public string ImageId { get; set; } = "";
                [PredictionBoundingBoxCoordinates] public List<float[]> PredictedBoxes { get; set; } = new List<float[]>();
                [PredictionBoundingBoxCategories] public List<string> PredictedCategories { get; set; } = new List<string>();
                [PredictionBoundingBoxScores] public List<float> PredictedScores { get; set; } = new List<float>();
                [ActualBoundingBoxCoordinates] public List<float[]> LabelledBoxes { get; set; } = new List<float[]>();
                [ActualBoundingBoxCategories] public List<string> LabelledCategories { get; set; } = new List<string>();
                [ActualBoundingBoxScores] public List<float> LabelledScores { get; set; } = new List<float>();
                [EmbeddingFeature("image_embedding", LinkToDataColumn = "image_url")] public float[] ImageVector { get; set; } = new float[0];
                [EmbeddingFeature("caption", RawDataColumn = "caption_text")] public double[] CaptionVector { get; set; } = new double[0];
                [Tag] public string tag_store { get; set; } = "";
                [PredictionTimestamp] public DateTime CapturedAt { get; set; }
                [ChangeTimestamp] public DateTime ChangedAt { get; set; }
            }
        }
        """;

    /// <summary>A job in the global namespace, as a C# 7.3 library might declare one; an LLM model with no extras.</summary>
    public const string GlobalNamespace = """
        using System;
        using TableImport;

        [TableImportJob("chat-assistant", ModelType.GenerativeLlm, ModelEnvironment.Production)]
        [BigQueryTable("llm", "logs", "responses")]
        internal partial class ChatResponse
        {
            [PredictionId] public string ResponseId { get; set; } = "";
            [PredictionLabel] public string Response { get; set; } = "";
            [PredictionTimestamp] public DateTime RespondedAt { get; set; }
            [ChangeTimestamp] public DateTime ChangedAt { get; set; }
        }
        """;

    /// <summary>Jobs the rules reject (TI0002 generic, TI0011 no table, TI0018 empty name) still get their members.</summary>
    public const string JobsWithErrors = """
        using System;
        using TableImport;

        namespace Broken.Jobs
        {
            [TableImportJob("", ModelType.Numeric, ModelEnvironment.Production)]
            public partial class NoTable
            {
                public DateTime When { get; set; }
                [EmbeddingFeature(null!)] public float[] Unnamed { get; set; } = [];
            }

            [TableImportJob("generic", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t")]
            public partial class GenericJob<TKey>
            {
                [PredictionId] public TKey Id { get; set; } = default!;
            }

            [TableImportJob("not-partial", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t")]
            public class NotPartial
            {
                [PredictionId] public string Id { get; set; } = "";
            }
        }
        """;

    /// <summary>Shapes that trip naive re-declaration: readonly and ref structs, static and sealed classes, keyword names.</summary>
    public const string EdgeShapes = """
        using System;
        using TableImport;

        namespace @event.Jobs
        {
            [TableImportJob("readonly-struct", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "readonly_struct")]
            public readonly partial struct ReadOnlyRow
            {
                [PredictionId] public string Id { get; init; }
                [PredictionScore] public double Score { get; init; }
                [ChangeTimestamp] public DateTime Changed { get; init; }
                [PredictionTimestamp] public DateTime Predicted { get; init; }
            }

            [TableImportJob("ref-struct", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "ref_struct")]
            public ref partial struct RefRow
            {
                [PredictionId] public string Id;
                [PredictionScore] public double Score;
                [ChangeTimestamp] public DateTime Changed;
                [PredictionTimestamp] public DateTime Predicted;
            }

            [TableImportJob("sealed-record", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "positional")]
            public sealed partial record PositionalRow([property: PredictionId] string Id, [property: PredictionScore] double Score)
            {
                [ChangeTimestamp] public DateTime Changed { get; init; }
                [PredictionTimestamp] public DateTime Predicted { get; init; }
            }

            [TableImportJob("class", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "class")]
            internal sealed partial class @class
            {
                [PredictionId] public string @string { get; set; } = "";
                [PredictionScore] public double @double { get; set; }
                [ChangeTimestamp] public DateTime @checked { get; set; }
                [PredictionTimestamp] public DateTime Predicted { get; set; }
                [ColumnName("quote\"and\\back")] public string Odd { get; set; } = "";
                public new string ToString { get; set; } = "";
            }
        }
        """;

    /// <summary>Every source above that uses no C# beyond 7.3.</summary>
    public static readonly string[] CSharp73 = [ArchitectureExample, SnowflakeEventBased, InheritedMembers, MultiClass, ObjectDetection, GlobalNamespace, StructWithFields];

    /// <summary>Every source above that compiles without errors of its own (so not <see cref="JobsWithErrors"/>).</summary>
    public static readonly string[] AllValid = [ArchitectureExample, SnowflakeEventBased, RecordListMode, StructWithFields, NestedTypes, InheritedMembers, MultiClass, ObjectDetection, GlobalNamespace, EdgeShapes];
}
