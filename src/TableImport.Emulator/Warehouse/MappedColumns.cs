namespace TableImport.Emulator.Warehouse;

// Inside the namespace so these win over TableImport's definition types of the same names.
using TableImport.Emulator.Model;

/// <summary>A column a job's schema names, where in the input it is named, and what it must hold.</summary>
internal sealed record MappedColumn(string Path, string Column, ColumnRole Role);

/// <summary>A column-name prefix a job's schema names (features, tags, SHAP values): every column it matches is one of its role.</summary>
internal sealed record MappedPrefix(string Path, string Prefix, ColumnRole Role);

/// <summary>The columns and prefixes of a job's schema, in the order of the schema's fields, each with its role.</summary>
internal static class MappedColumns
{
    public static IEnumerable<MappedColumn> Columns(TableImportSchema schema, string modelType)
    {
        var label = modelType == "numeric" ? ColumnRole.NumericLabel : ColumnRole.CategoricalLabel;
        var columns = Named(
            "schema",
            ("predictionId", schema.PredictionId, ColumnRole.PredictionId),
            ("timestamp", schema.Timestamp, ColumnRole.Timestamp),
            ("changeTimestamp", schema.ChangeTimestamp, ColumnRole.ChangeTimestamp),
            ("version", schema.Version, ColumnRole.Text),
            ("batchId", schema.BatchId, ColumnRole.Text),
            ("predictionLabel", schema.PredictionLabel, label),
            ("predictionScore", schema.PredictionScore, ColumnRole.Score),
            ("actualLabel", schema.ActualLabel, label),
            ("actualScore", schema.ActualScore, ColumnRole.Score),
            ("predictionGroupId", schema.PredictionGroupId, ColumnRole.GroupId),
            ("rank", schema.Rank, ColumnRole.Rank),
            ("relevanceScore", schema.RelevanceScore, ColumnRole.Score),
            ("relevanceLabel", schema.RelevanceLabel, ColumnRole.CategoricalLabel),
            ("predictionScores", schema.PredictionScores, ColumnRole.ScoreMap),
            ("actualScores", schema.ActualScores, ColumnRole.ScoreMap),
            ("thresholdScores", schema.ThresholdScores, ColumnRole.ScoreMap));
        columns = columns
            .Concat(List("schema.featuresList", schema.FeaturesList, ColumnRole.Feature))
            .Concat(List("schema.tagsList", schema.TagsList, ColumnRole.Tag));

        var embeddings = schema.EmbeddingFeatures ?? [];
        for (var i = 0; i < embeddings.Count; i++)
        {
            columns = columns.Concat(Named(
                $"schema.embeddingFeatures[{i}]",
                ("vectorCol", embeddings[i].VectorCol, ColumnRole.EmbeddingVector),
                ("rawDataCol", embeddings[i].RawDataCol, ColumnRole.EmbeddingRawData),
                ("linkToDataCol", embeddings[i].LinkToDataCol, ColumnRole.EmbeddingLink)));
        }

        foreach (var (field, boxes) in new[] { ("predictionObjectDetection", schema.PredictionObjectDetection), ("actualObjectDetection", schema.ActualObjectDetection) })
        {
            if (boxes is not null)
            {
                columns = columns.Concat(Named(
                    "schema." + field,
                    ("boundingBoxesCoordinatesColumnName", boxes.BoundingBoxesCoordinatesColumnName, ColumnRole.BoxCoordinates),
                    ("boundingBoxesCategoriesColumnName", boxes.BoundingBoxesCategoriesColumnName, ColumnRole.BoxCategories),
                    ("boundingBoxesScoresColumnName", boxes.BoundingBoxesScoresColumnName, ColumnRole.BoxScores)));
            }
        }

        return columns;
    }

    public static IEnumerable<MappedPrefix> Prefixes(TableImportSchema schema) =>
        Named(
            "schema",
            ("features", schema.Features, ColumnRole.Feature),
            ("tags", schema.Tags, ColumnRole.Tag),
            ("shapValues", schema.ShapValues, ColumnRole.ShapValue))
        .Select(prefix => new MappedPrefix(prefix.Path, prefix.Column, prefix.Role));

    /// <summary>The fields of <paramref name="path"/> that name a column; a blank one names none.</summary>
    private static IEnumerable<MappedColumn> Named(string path, params (string Field, string? Column, ColumnRole Role)[] fields) =>
        fields
            .Where(f => !string.IsNullOrWhiteSpace(f.Column))
            .Select(f => new MappedColumn($"{path}.{f.Field}", f.Column!, f.Role))
            .ToList();

    private static IEnumerable<MappedColumn> List(string path, IReadOnlyList<string>? columns, ColumnRole role) =>
        (columns ?? [])
            .Select((column, i) => (Index: i, Column: column))
            .Where(c => !string.IsNullOrWhiteSpace(c.Column))
            .Select(c => new MappedColumn($"{path}[{c.Index}]", c.Column, role))
            .ToList();
}
