using System.Globalization;
using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>What differs between a declared job and the same job on the server, field by field, old value to new.</summary>
/// <param name="JobFields">Job fields that differ and that <c>updateTableImportJob</c> changes in place (<c>modelVersion</c>).</param>
/// <param name="SchemaFields">Schema fields that differ: an update fixes them.</param>
/// <param name="IngestionFields">Ingestion parameters that differ: an update fixes them.</param>
/// <param name="Fixed">Job fields that differ and that no mutation of the API can change (model type, batch id).</param>
internal sealed record JobDifferences(IReadOnlyList<JobFieldChange> JobFields, IReadOnlyList<JobFieldChange> SchemaFields, IReadOnlyList<JobFieldChange> IngestionFields, IReadOnlyList<JobFieldChange> Fixed)
{
    public bool ModelVersionChanged => JobFields.Any(f => f.Field == "modelVersion");

    public bool SchemaChanged => SchemaFields.Count > 0;

    public bool IngestionChanged => IngestionFields.Count > 0;

    public bool Any => JobFields.Count > 0 || SchemaChanged || IngestionChanged;

    /// <summary>Every field an update would change, each named by its path in the input (<c>schema.actualLabel</c>).</summary>
    public IReadOnlyList<JobFieldChange> Changes => [.. JobFields, .. SchemaFields, .. IngestionFields];

    /// <summary>Why the job cannot be brought in line: each fixed field, as declared and as the space has it.</summary>
    public string FixedDescription => string.Join(", ", Fixed.Select(f => f.Field == "modelType"
        ? $"modelType (declared {f.Declared}, the space has {f.Current})"
        : $"{f.Field} (declared '{f.Declared}', the space has '{f.Current}')"));

    public override string ToString() => string.Join(", ", Changes.Select(f => f.Field));

    public static JobDifferences Between(TableImportJobDefinition declared, TableImportJobInfo existing)
    {
        var schema = new List<JobFieldChange>();
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
        var ingestion = new List<JobFieldChange>();
        if (declared.TableIngestionParameters is { } p)
        {
            var current = existing.TableIngestionParameters;
            CompareSet(ingestion, "tableIngestionParameters.rowLimit", p.RowLimit, current.RowLimit);
            CompareSet(ingestion, "tableIngestionParameters.refreshIntervalMinutes", p.RefreshIntervalMinutes, current.RefreshIntervalMinutes);
            CompareSet(ingestion, "tableIngestionParameters.queryWindowSizeHours", p.QueryWindowSizeHours, current.QueryWindowSizeHours);
        }

        // Only what the declaration sets: a job made without a version keeps whatever version the space gave it.
        var job = new List<JobFieldChange>();
        if (declared.ModelVersion is { Length: > 0 } version && version != existing.ModelVersion)
        {
            job.Add(new JobFieldChange("modelVersion", existing.ModelVersion, version));
        }

        var fixedFields = new List<JobFieldChange>();
        if (declared.ModelType != existing.ModelType)
        {
            fixedFields.Add(new JobFieldChange("modelType", GraphQLNames.Of(existing.ModelType), GraphQLNames.Of(declared.ModelType)));
        }

        // Only what the declaration sets: a batch id column, for one, makes the server report a batch id of its own.
        if (declared.BatchId is { Length: > 0 } batch && batch != existing.BatchId)
        {
            fixedFields.Add(new JobFieldChange("batchId", existing.BatchId, batch));
        }

        return new JobDifferences(job, schema, ingestion, fixedFields);
    }

    private static void Compare(List<JobFieldChange> into, string field, string? want, string? have)
    {
        if (!string.Equals(Normalize(want), Normalize(have), StringComparison.Ordinal))
        {
            into.Add(new JobFieldChange("schema." + field, Normalize(have), Normalize(want)));
        }
    }

    // A list the declaration leaves empty and one the server leaves out mean the same: no columns.
    private static void Compare(List<JobFieldChange> into, string field, IReadOnlyList<string>? want, IReadOnlyList<string>? have)
    {
        if (!(want ?? []).SequenceEqual(have ?? [], StringComparer.Ordinal))
        {
            into.Add(new JobFieldChange("schema." + field, List(have), List(want)));
        }
    }

    private static void Compare(List<JobFieldChange> into, string field, ObjectDetectionColumns? want, ObjectDetectionColumns? have)
    {
        if (!string.Equals(Normalize(want?.BoundingBoxesCoordinatesColumnName), Normalize(have?.BoundingBoxesCoordinatesColumnName), StringComparison.Ordinal)
            || !string.Equals(Normalize(want?.BoundingBoxesCategoriesColumnName), Normalize(have?.BoundingBoxesCategoriesColumnName), StringComparison.Ordinal)
            || !string.Equals(Normalize(want?.BoundingBoxesScoresColumnName), Normalize(have?.BoundingBoxesScoresColumnName), StringComparison.Ordinal))
        {
            into.Add(new JobFieldChange("schema." + field, Boxes(have), Boxes(want)));
        }
    }

    private static void Compare(List<JobFieldChange> into, string field, IReadOnlyList<EmbeddingFeatureColumns>? want, IReadOnlyList<EmbeddingFeatureColumns>? have)
    {
        static string Key(EmbeddingFeatureColumns e) => string.Join('\u001f', e.FeatureName, e.VectorCol, e.RawDataCol ?? "", e.LinkToDataCol ?? "");
        if (!(want ?? []).Select(Key).SequenceEqual((have ?? []).Select(Key), StringComparer.Ordinal))
        {
            into.Add(new JobFieldChange("schema." + field, Embeddings(have), Embeddings(want)));
        }
    }

    private static void CompareSet(List<JobFieldChange> into, string field, int? want, int? have)
    {
        // A value the server does not report cannot be compared; leave it be rather than update on every start.
        if (want is not null && have is not null && want != have)
        {
            into.Add(new JobFieldChange(field, have.Value.ToString(CultureInfo.InvariantCulture), want.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    // Values for people: a list in brackets, an object by its columns; null when there is nothing.
    private static string? List(IReadOnlyList<string>? values) => values is { Count: > 0 } ? "[" + string.Join(", ", values) + "]" : null;

    private static string? Boxes(ObjectDetectionColumns? columns) => columns is null
        ? null
        : $"{{ coordinates: {columns.BoundingBoxesCoordinatesColumnName}, categories: {columns.BoundingBoxesCategoriesColumnName}, scores: {columns.BoundingBoxesScoresColumnName} }}";

    private static string? Embeddings(IReadOnlyList<EmbeddingFeatureColumns>? values) => values is { Count: > 0 }
        ? "[" + string.Join(", ", values.Select(e => $"{e.FeatureName}: {e.VectorCol}" + (e.RawDataCol is null ? "" : $", {e.RawDataCol}") + (e.LinkToDataCol is null ? "" : $", {e.LinkToDataCol}"))) + "]"
        : null;

    private static string? Normalize(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
