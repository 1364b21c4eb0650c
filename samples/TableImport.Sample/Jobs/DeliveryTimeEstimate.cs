using TableImport;

namespace TableImport.Sample.Jobs;

/// <summary>A delivery-time regression validated batch by batch from Databricks.</summary>
[TableImportJob("delivery-eta", ModelType.Numeric, ModelEnvironment.Validation, BatchId = "2024-q3-holdout")]
[DatabricksTable("adb-1234.azuredatabricks.net", "/sql/1.0/warehouses/eta", "main", "logistics", "eta_validation")]
[IngestionParameters(RowLimit = 100000)]
public sealed partial class DeliveryTimeEstimate
{
    /// <summary>The order id.</summary>
    [PredictionId] public long OrderId { get; set; }

    /// <summary>Predicted minutes to delivery.</summary>
    [PredictionScore] public double PredictedMinutes { get; set; }

    /// <summary>Actual minutes to delivery.</summary>
    [ActualScore] public double ActualMinutes { get; set; }

    /// <summary>When the estimate was made.</summary>
    [PredictionTimestamp] public DateTime EstimatedAt { get; set; }

    /// <summary>When the row last changed.</summary>
    [ChangeTimestamp] public DateTime ChangedAt { get; set; }

    /// <summary>Kilometres to the customer.</summary>
    [Feature, ColumnName("distance_km")] public double Distance { get; set; }
}
