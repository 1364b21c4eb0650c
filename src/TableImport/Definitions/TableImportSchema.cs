using System;
using System.Collections.Generic;

namespace TableImport
{
    /// <summary>
    /// The column mapping (<c>TableImportSchemaInputType</c>). Every value is a column name, except
    /// <see cref="Features"/>, <see cref="Tags"/> and <see cref="ShapValues"/>, which are prefixes, and the
    /// <c>...List</c> properties, which list column names.
    /// </summary>
    public sealed class TableImportSchema
    {
        internal TableImportSchema Copy()
        {
            EmbeddingFeatureColumns[]? embeddings = null;
            if (EmbeddingFeatures is { } items)
            {
                embeddings = new EmbeddingFeatureColumns[items.Count];
                for (var i = 0; i < embeddings.Length; i++)
                {
                    embeddings[i] = items[i].Copy();
                }
            }

            return new TableImportSchema
            {
                PredictionId = PredictionId,
                Timestamp = Timestamp,
                ChangeTimestamp = ChangeTimestamp,
                PredictionLabel = PredictionLabel,
                PredictionScore = PredictionScore,
                ActualLabel = ActualLabel,
                ActualScore = ActualScore,
                Version = Version,
                BatchId = BatchId,
                Features = Features,
                FeaturesList = CopyOf(FeaturesList),
                Tags = Tags,
                TagsList = CopyOf(TagsList),
                ShapValues = ShapValues,
                EmbeddingFeatures = embeddings,
                PredictionGroupId = PredictionGroupId,
                Rank = Rank,
                RelevanceScore = RelevanceScore,
                RelevanceLabel = RelevanceLabel,
                PredictionScores = PredictionScores,
                ActualScores = ActualScores,
                ThresholdScores = ThresholdScores,
                PredictionObjectDetection = PredictionObjectDetection?.Copy(),
                ActualObjectDetection = ActualObjectDetection?.Copy(),
            };
        }

        private static string[]? CopyOf(IReadOnlyList<string>? list)
        {
            if (list is null)
            {
                return null;
            }

            var items = new string[list.Count];
            if (list is string[] array)
            {
                Array.Copy(array, items, items.Length);
                return items;
            }

            for (var i = 0; i < items.Length; i++)
            {
                items[i] = list[i];
            }

            return items;
        }

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
    public sealed class EmbeddingFeatureColumns
    {
        internal EmbeddingFeatureColumns Copy() => new EmbeddingFeatureColumns { FeatureName = FeatureName, VectorCol = VectorCol, RawDataCol = RawDataCol, LinkToDataCol = LinkToDataCol };

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
    public sealed class ObjectDetectionColumns
    {
        internal ObjectDetectionColumns Copy() => new ObjectDetectionColumns
        {
            BoundingBoxesCoordinatesColumnName = BoundingBoxesCoordinatesColumnName,
            BoundingBoxesCategoriesColumnName = BoundingBoxesCategoriesColumnName,
            BoundingBoxesScoresColumnName = BoundingBoxesScoresColumnName,
        };

        /// <summary><c>boundingBoxesCoordinatesColumnName</c>.</summary>
        public string? BoundingBoxesCoordinatesColumnName { get; set; }

        /// <summary><c>boundingBoxesCategoriesColumnName</c>.</summary>
        public string? BoundingBoxesCategoriesColumnName { get; set; }

        /// <summary><c>boundingBoxesScoresColumnName</c>.</summary>
        public string? BoundingBoxesScoresColumnName { get; set; }
    }
}
