using System.ComponentModel.DataAnnotations.Schema;
using TableImport;

namespace TableImport.Sample.Jobs;

/// <summary>
/// A card-fraud classifier's scored transactions in BigQuery. Features and tags are found by prefix, so adding a
/// feature column to the table needs no code change.
/// </summary>
[TableImportJob("card-fraud", ModelType.ScoreCategorical, ModelEnvironment.Production)]
[BigQueryTable("acme-risk", "fraud", "scored_transactions")]
[FeaturePrefix("feature_")]
[TagPrefix("tag_")]
[IngestionParameters(RefreshIntervalMinutes = 15, QueryWindowSizeHours = 24)]
public sealed partial class CardFraudScore
{
    /// <summary>The transaction id.</summary>
    [PredictionId] public string TransactionId { get; set; } = "";

    /// <summary>"fraud" or "legit".</summary>
    [PredictionLabel] public string Verdict { get; set; } = "";

    /// <summary>The model's fraud probability.</summary>
    [PredictionScore] public double FraudProbability { get; set; }

    /// <summary>The chargeback outcome, once known.</summary>
    [ActualLabel] public string? ConfirmedVerdict { get; set; }

    /// <summary>When the transaction was scored.</summary>
    [PredictionTimestamp] public DateTimeOffset ScoredAt { get; set; }

    /// <summary>When the row last changed; Arize reads new rows by it.</summary>
    [ChangeTimestamp] public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The model version that scored the row.</summary>
    [ModelVersion] public string ModelVersion { get; set; } = "";

    /// <summary>The amount, a feature: a decimal with the precision its column has (DECIMAL(18,2)), as an EF Core model declares it.</summary>
    [Feature, Column(TypeName = "decimal(18, 2)")] public decimal FeatureAmount { get; set; }

    /// <summary>The merchant category, a tag.</summary>
    [Tag] public string TagMerchantCategory { get; set; } = "";
}
