namespace TableImport.Emulator.Model;

/// <summary>A job's column mapping, exactly as the last create or update sent it.</summary>
internal sealed record TableImportSchema
{
    /// <summary>Prediction id column.</summary>
    public string? PredictionId { get; init; }
    /// <summary>Prediction timestamp column.</summary>
    public string? Timestamp { get; init; }
    /// <summary>Change timestamp column.</summary>
    public string? ChangeTimestamp { get; init; }
    /// <summary>Model version column.</summary>
    public string? Version { get; init; }
    /// <summary>Batch id column.</summary>
    public string? BatchId { get; init; }
    /// <summary>Prediction label column.</summary>
    public string? PredictionLabel { get; init; }
    /// <summary>Prediction score column.</summary>
    public string? PredictionScore { get; init; }
    /// <summary>Actual label column.</summary>
    public string? ActualLabel { get; init; }
    /// <summary>Actual score column.</summary>
    public string? ActualScore { get; init; }
    /// <summary>Feature column prefix.</summary>
    public string? Features { get; init; }
    /// <summary>Feature columns.</summary>
    public IReadOnlyList<string>? FeaturesList { get; init; }
    /// <summary>Tag column prefix.</summary>
    public string? Tags { get; init; }
    /// <summary>Tag columns.</summary>
    public IReadOnlyList<string>? TagsList { get; init; }
    /// <summary>SHAP value column prefix.</summary>
    public string? ShapValues { get; init; }
    /// <summary>Columns left out.</summary>
    public IReadOnlyList<string>? Exclude { get; init; }
    /// <summary>Embedding features.</summary>
    public IReadOnlyList<EmbeddingFeature>? EmbeddingFeatures { get; init; }
    /// <summary>Ranking prediction group id column.</summary>
    public string? PredictionGroupId { get; init; }
    /// <summary>Ranking rank column.</summary>
    public string? Rank { get; init; }
    /// <summary>Ranking relevance score column.</summary>
    public string? RelevanceScore { get; init; }
    /// <summary>Ranking relevance label column.</summary>
    public string? RelevanceLabel { get; init; }
    /// <summary>Multi-class prediction scores column.</summary>
    public string? PredictionScores { get; init; }
    /// <summary>Multi-class actual scores column.</summary>
    public string? ActualScores { get; init; }
    /// <summary>Multi-class threshold scores column.</summary>
    public string? ThresholdScores { get; init; }
    /// <summary>Object detection prediction columns.</summary>
    public ObjectDetectionColumns? PredictionObjectDetection { get; init; }
    /// <summary>Object detection actual columns.</summary>
    public ObjectDetectionColumns? ActualObjectDetection { get; init; }
}

/// <summary>One embedding feature of a schema.</summary>
internal sealed record EmbeddingFeature(string FeatureName, string VectorCol, string? RawDataCol, string? LinkToDataCol);

/// <summary>The bounding-box columns of an object detection model.</summary>
internal sealed record ObjectDetectionColumns(
    string? BoundingBoxesCoordinatesColumnName,
    string? BoundingBoxesCategoriesColumnName,
    string? BoundingBoxesScoresColumnName);
