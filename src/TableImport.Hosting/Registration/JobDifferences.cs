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
        foreach (var field in TableImport.SchemaFields.All)
        {
            switch (field.Kind)
            {
                case SchemaFieldKind.ColumnList:
                    Compare(schema, field, field.GetList(want), field.GetList(have));
                    break;
                case SchemaFieldKind.Embeddings:
                    Compare(schema, field, field.GetEmbeddings(want), field.GetEmbeddings(have));
                    break;
                case SchemaFieldKind.ObjectDetection:
                    Compare(schema, field, field.GetBoxes(want), field.GetBoxes(have));
                    break;
                default:
                    Compare(schema, field, field.GetText(want), field.GetText(have));
                    break;
            }
        }

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

    private static void Compare(List<JobFieldChange> into, SchemaField field, string? want, string? have)
    {
        if (!string.Equals(Normalize(want), Normalize(have), StringComparison.Ordinal))
        {
            into.Add(new JobFieldChange(field.Path, Normalize(have), Normalize(want)));
        }
    }

    // A list the declaration leaves empty and one the server leaves out mean the same: no columns.
    private static void Compare(List<JobFieldChange> into, SchemaField field, IReadOnlyList<string>? want, IReadOnlyList<string>? have)
    {
        if (!(want ?? []).SequenceEqual(have ?? [], StringComparer.Ordinal))
        {
            into.Add(new JobFieldChange(field.Path, List(have), List(want)));
        }
    }

    private static void Compare(List<JobFieldChange> into, SchemaField field, ObjectDetectionColumns? want, ObjectDetectionColumns? have)
    {
        if (field.Parts.Any(part => !string.Equals(Normalize(want is null ? null : part.Get(want)), Normalize(have is null ? null : part.Get(have)), StringComparison.Ordinal)))
        {
            into.Add(new JobFieldChange(field.Path, Boxes(have), Boxes(want)));
        }
    }

    private static void Compare(List<JobFieldChange> into, SchemaField field, IReadOnlyList<EmbeddingFeatureColumns>? want, IReadOnlyList<EmbeddingFeatureColumns>? have)
    {
        string Key(EmbeddingFeatureColumns e) => string.Join('\u001f', field.Parts.Select(part => part.Get(e) ?? ""));
        if (!(want ?? []).Select(Key).SequenceEqual((have ?? []).Select(Key), StringComparer.Ordinal))
        {
            into.Add(new JobFieldChange(field.Path, Embeddings(have), Embeddings(want)));
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
