using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>What differs between a declared job and the same job on the server, named by GraphQL field.</summary>
/// <param name="JobFields">Job fields that differ and that <c>updateTableImportJob</c> changes in place (<c>modelVersion</c>).</param>
/// <param name="SchemaFields">Schema fields that differ: an update fixes them.</param>
/// <param name="IngestionFields">Ingestion parameters that differ: an update fixes them.</param>
/// <param name="Fixed">Job fields that differ and that no mutation of the API can change (model type, batch id).</param>
internal sealed record JobDifferences(IReadOnlyList<string> JobFields, IReadOnlyList<string> SchemaFields, IReadOnlyList<string> IngestionFields, IReadOnlyList<string> Fixed)
{
    public bool ModelVersionChanged => JobFields.Contains("modelVersion");

    public bool SchemaChanged => SchemaFields.Count > 0;

    public bool IngestionChanged => IngestionFields.Count > 0;

    public bool Any => JobFields.Count > 0 || SchemaChanged || IngestionChanged;

    public override string ToString() => string.Join(", ", JobFields
        .Concat(SchemaFields.Select(f => "schema." + f))
        .Concat(IngestionFields.Select(f => "tableIngestionParameters." + f)));

    public static JobDifferences Between(TableImportJobDefinition declared, TableImportJobInfo existing)
    {
        var schema = new List<string>();
        var want = declared.Schema;
        var have = existing.Schema;
        Compare(schema, "predictionId", want.PredictionId, have.PredictionId);
        Compare(schema, "timestamp", want.Timestamp, have.Timestamp);
        Compare(schema, "changeTimestamp", want.ChangeTimestamp, have.ChangeTimestamp);
        Compare(schema, "predictionLabel", want.PredictionLabel, have.PredictionLabel);
        Compare(schema, "predictionScore", want.PredictionScore, have.PredictionScore);
        Compare(schema, "actualLabel", want.ActualLabel, have.ActualLabel);
        Compare(schema, "actualScore", want.ActualScore, have.ActualScore);
        Compare(schema, "version", want.Version, have.Version);
        Compare(schema, "batchId", want.BatchId, have.BatchId);
        Compare(schema, "features", want.Features, have.Features);
        Compare(schema, "featuresList", want.FeaturesList, have.FeaturesList);
        Compare(schema, "tags", want.Tags, have.Tags);
        Compare(schema, "tagsList", want.TagsList, have.TagsList);
        Compare(schema, "shapValues", want.ShapValues, have.ShapValues);
        Compare(schema, "predictionGroupId", want.PredictionGroupId, have.PredictionGroupId);
        Compare(schema, "rank", want.Rank, have.Rank);
        Compare(schema, "relevanceScore", want.RelevanceScore, have.RelevanceScore);
        Compare(schema, "relevanceLabel", want.RelevanceLabel, have.RelevanceLabel);
        Compare(schema, "predictionScores", want.PredictionScores, have.PredictionScores);
        Compare(schema, "actualScores", want.ActualScores, have.ActualScores);
        Compare(schema, "thresholdScores", want.ThresholdScores, have.ThresholdScores);
        Compare(schema, "predictionObjectDetection", want.PredictionObjectDetection, have.PredictionObjectDetection);
        Compare(schema, "actualObjectDetection", want.ActualObjectDetection, have.ActualObjectDetection);
        Compare(schema, "embeddingFeatures", want.EmbeddingFeatures, have.EmbeddingFeatures);

        // Only what the declaration sets is compared: unset values are Arize's defaults, whatever they are.
        var ingestion = new List<string>();
        if (declared.TableIngestionParameters is { } p)
        {
            var current = existing.TableIngestionParameters;
            CompareSet(ingestion, "rowLimit", p.RowLimit, current.RowLimit);
            CompareSet(ingestion, "refreshIntervalMinutes", p.RefreshIntervalMinutes, current.RefreshIntervalMinutes);
            CompareSet(ingestion, "queryWindowSizeHours", p.QueryWindowSizeHours, current.QueryWindowSizeHours);
        }

        // Only what the declaration sets: a job made without a version keeps whatever version the space gave it.
        var job = new List<string>();
        if (declared.ModelVersion is { Length: > 0 } version && version != existing.ModelVersion)
        {
            job.Add("modelVersion");
        }

        var fixedFields = new List<string>();
        if (declared.ModelType != existing.ModelType)
        {
            fixedFields.Add($"modelType (declared {GraphQLNames.Of(declared.ModelType)}, the space has {GraphQLNames.Of(existing.ModelType)})");
        }

        // Only what the declaration sets: a batch id column, for one, makes the server report a batch id of its own.
        if (declared.BatchId is { Length: > 0 } batch && batch != existing.BatchId)
        {
            fixedFields.Add($"batchId (declared '{batch}', the space has '{existing.BatchId}')");
        }

        return new JobDifferences(job, schema, ingestion, fixedFields);
    }

    private static void Compare(List<string> into, string field, string? want, string? have)
    {
        if (!string.Equals(Normalize(want), Normalize(have), StringComparison.Ordinal))
        {
            into.Add(field);
        }
    }

    // A list the declaration leaves empty and one the server leaves out mean the same: no columns.
    private static void Compare(List<string> into, string field, IReadOnlyList<string>? want, IReadOnlyList<string>? have)
    {
        if (!(want ?? []).SequenceEqual(have ?? [], StringComparer.Ordinal))
        {
            into.Add(field);
        }
    }

    private static void Compare(List<string> into, string field, ObjectDetectionColumns? want, ObjectDetectionColumns? have)
    {
        if (!string.Equals(Normalize(want?.BoundingBoxesCoordinatesColumnName), Normalize(have?.BoundingBoxesCoordinatesColumnName), StringComparison.Ordinal)
            || !string.Equals(Normalize(want?.BoundingBoxesCategoriesColumnName), Normalize(have?.BoundingBoxesCategoriesColumnName), StringComparison.Ordinal)
            || !string.Equals(Normalize(want?.BoundingBoxesScoresColumnName), Normalize(have?.BoundingBoxesScoresColumnName), StringComparison.Ordinal))
        {
            into.Add(field);
        }
    }

    private static void Compare(List<string> into, string field, IReadOnlyList<EmbeddingFeatureColumns>? want, IReadOnlyList<EmbeddingFeatureColumns>? have)
    {
        static string Key(EmbeddingFeatureColumns e) => string.Join('\u001f', e.FeatureName, e.VectorCol, e.RawDataCol ?? "", e.LinkToDataCol ?? "");
        if (!(want ?? []).Select(Key).SequenceEqual((have ?? []).Select(Key), StringComparer.Ordinal))
        {
            into.Add(field);
        }
    }

    private static void CompareSet(List<string> into, string field, int? want, int? have)
    {
        // A value the server does not report cannot be compared; leave it be rather than update on every start.
        if (want is not null && have is not null && want != have)
        {
            into.Add(field);
        }
    }

    private static string? Normalize(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
