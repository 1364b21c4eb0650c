using System.Collections.Generic;

namespace TableImport
{
    /// <summary>
    /// The column mapping (<c>TableImportSchemaInputType</c>). Every value is a column name, except
    /// <see cref="Features"/>, <see cref="Tags"/> and <see cref="ShapValues"/>, which are prefixes, and the
    /// <c>...List</c> properties, which list column names.
    /// </summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    sealed class TableImportSchema
    {
        /// <summary><c>predictionId</c>.</summary>
        public string? PredictionId { get; set; }

        /// <summary><c>timestamp</c>: when the prediction was made.</summary>
        public string? Timestamp { get; set; }

        /// <summary><c>changeTimestamp</c>: the column Arize ingests incrementally by.</summary>
        public string? ChangeTimestamp { get; set; }

        /// <summary><c>predictionLabel</c>.</summary>
        public string? PredictionLabel { get; set; }

        /// <summary><c>predictionScore</c>.</summary>
        public string? PredictionScore { get; set; }

        /// <summary><c>actualLabel</c>.</summary>
        public string? ActualLabel { get; set; }

        /// <summary><c>actualScore</c>.</summary>
        public string? ActualScore { get; set; }

        /// <summary><c>version</c>: the model version column.</summary>
        public string? Version { get; set; }

        /// <summary><c>batchId</c>: the batch id column.</summary>
        public string? BatchId { get; set; }

        /// <summary><c>features</c>: the feature column prefix.</summary>
        public string? Features { get; set; }

        /// <summary><c>featuresList</c>: the feature columns, when no prefix is used.</summary>
        public IReadOnlyList<string>? FeaturesList { get; set; }

        /// <summary><c>tags</c>: the tag column prefix.</summary>
        public string? Tags { get; set; }

        /// <summary><c>tagsList</c>: the tag columns, when no prefix is used.</summary>
        public IReadOnlyList<string>? TagsList { get; set; }

        /// <summary><c>shapValues</c>: the SHAP value column prefix.</summary>
        public string? ShapValues { get; set; }

        /// <summary>
        /// <c>exclude</c>: columns a prefix would match that Arize should leave out. No attribute sets it; a job made
        /// elsewhere may have it, and the client reads it back.
        /// </summary>
        public IReadOnlyList<string>? Exclude { get; set; }

        /// <summary><c>embeddingFeatures</c>.</summary>
        public IReadOnlyList<EmbeddingFeatureColumns>? EmbeddingFeatures { get; set; }

        /// <summary>Ranking: <c>predictionGroupId</c>.</summary>
        public string? PredictionGroupId { get; set; }

        /// <summary>Ranking: <c>rank</c>.</summary>
        public string? Rank { get; set; }

        /// <summary>Ranking: <c>relevanceScore</c>.</summary>
        public string? RelevanceScore { get; set; }

        /// <summary>Ranking: <c>relevanceLabel</c>.</summary>
        public string? RelevanceLabel { get; set; }

        /// <summary>Multi-class: <c>predictionScores</c>.</summary>
        public string? PredictionScores { get; set; }

        /// <summary>Multi-class: <c>actualScores</c>.</summary>
        public string? ActualScores { get; set; }

        /// <summary>Multi-class: <c>thresholdScores</c>.</summary>
        public string? ThresholdScores { get; set; }

        /// <summary>Object detection: <c>predictionObjectDetection</c>.</summary>
        public ObjectDetectionColumns? PredictionObjectDetection { get; set; }

        /// <summary>Object detection: <c>actualObjectDetection</c>.</summary>
        public ObjectDetectionColumns? ActualObjectDetection { get; set; }
    }

    /// <summary>One embedding feature's columns (<c>embeddingFeatures</c> item).</summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    sealed class EmbeddingFeatureColumns
    {
        /// <summary><c>featureName</c>.</summary>
        public string FeatureName { get; set; } = "";

        /// <summary><c>vectorCol</c>.</summary>
        public string VectorCol { get; set; } = "";

        /// <summary><c>rawDataCol</c>.</summary>
        public string? RawDataCol { get; set; }

        /// <summary><c>linkToDataCol</c>.</summary>
        public string? LinkToDataCol { get; set; }
    }

    /// <summary>Bounding-box columns of an object detection model.</summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    sealed class ObjectDetectionColumns
    {
        /// <summary><c>boundingBoxesCoordinatesColumnName</c>.</summary>
        public string? BoundingBoxesCoordinatesColumnName { get; set; }

        /// <summary><c>boundingBoxesCategoriesColumnName</c>.</summary>
        public string? BoundingBoxesCategoriesColumnName { get; set; }

        /// <summary><c>boundingBoxesScoresColumnName</c>.</summary>
        public string? BoundingBoxesScoresColumnName { get; set; }
    }
}
