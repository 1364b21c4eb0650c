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
        (string Field, string? Column, ColumnRole Role)[] single =
        [
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
            ("thresholdScores", schema.ThresholdScores, ColumnRole.ScoreMap),
        ];
        foreach (var (field, column, role) in single)
        {
            if (Named(column))
            {
                yield return new MappedColumn("schema." + field, column!, role);
            }
        }

        foreach (var column in List(schema.FeaturesList, "schema.featuresList", ColumnRole.Feature))
        {
            yield return column;
        }

        foreach (var column in List(schema.TagsList, "schema.tagsList", ColumnRole.Tag))
        {
            yield return column;
        }

        var embeddings = schema.EmbeddingFeatures ?? [];
        for (var i = 0; i < embeddings.Count; i++)
        {
            var path = $"schema.embeddingFeatures[{i}]";
            (string Field, string? Column, ColumnRole Role)[] parts =
            [
                ("vectorCol", embeddings[i].VectorCol, ColumnRole.EmbeddingVector),
                ("rawDataCol", embeddings[i].RawDataCol, ColumnRole.EmbeddingRawData),
                ("linkToDataCol", embeddings[i].LinkToDataCol, ColumnRole.EmbeddingLink),
            ];
            foreach (var (field, column, role) in parts)
            {
                if (Named(column))
                {
                    yield return new MappedColumn($"{path}.{field}", column!, role);
                }
            }
        }

        foreach (var (field, boxes) in new[] { ("predictionObjectDetection", schema.PredictionObjectDetection), ("actualObjectDetection", schema.ActualObjectDetection) })
        {
            if (boxes is null)
            {
                continue;
            }

            (string Field, string? Column, ColumnRole Role)[] parts =
            [
                ("boundingBoxesCoordinatesColumnName", boxes.BoundingBoxesCoordinatesColumnName, ColumnRole.BoxCoordinates),
                ("boundingBoxesCategoriesColumnName", boxes.BoundingBoxesCategoriesColumnName, ColumnRole.BoxCategories),
                ("boundingBoxesScoresColumnName", boxes.BoundingBoxesScoresColumnName, ColumnRole.BoxScores),
            ];
            foreach (var (part, column, role) in parts)
            {
                if (Named(column))
                {
                    yield return new MappedColumn($"schema.{field}.{part}", column!, role);
                }
            }
        }
    }

    public static IEnumerable<MappedPrefix> Prefixes(TableImportSchema schema)
    {
        (string Field, string? Prefix, ColumnRole Role)[] prefixes =
        [
            ("features", schema.Features, ColumnRole.Feature),
            ("tags", schema.Tags, ColumnRole.Tag),
            ("shapValues", schema.ShapValues, ColumnRole.ShapValue),
        ];
        foreach (var (field, prefix, role) in prefixes)
        {
            if (Named(prefix))
            {
                yield return new MappedPrefix("schema." + field, prefix!, role);
            }
        }
    }

    private static IEnumerable<MappedColumn> List(IReadOnlyList<string>? columns, string path, ColumnRole role)
    {
        var list = columns ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (Named(list[i]))
            {
                yield return new MappedColumn($"{path}[{i}]", list[i], role);
            }
        }
    }

    private static bool Named(string? column) => !string.IsNullOrWhiteSpace(column);
}
