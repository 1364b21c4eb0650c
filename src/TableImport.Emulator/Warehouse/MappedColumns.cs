using TableImport.Emulator.Model;

namespace TableImport.Emulator.Warehouse;

/// <summary>A column a job's schema names, where in the input it is named, and what it must hold.</summary>
internal sealed record MappedColumn(string Path, string Column, ColumnRole Role);

/// <summary>A column-name prefix a job's schema names (features, tags, SHAP values): every column it matches is one of its role.</summary>
internal sealed record MappedPrefix(string Path, string Prefix, ColumnRole Role);

/// <summary>
/// The columns and prefixes of a job's schema, each with its role, read from the schema catalog: the single columns in
/// the catalog's order, then the lists, then each embedding feature's columns, then the bounding boxes; the prefixes
/// apart. A check reports the first problem in this order.
/// </summary>
internal static class MappedColumns
{
    // What the catalog's content alone does not settle, by field: two identifiers that messages tell apart, and the one
    // label that is categorical whatever the model type (a ranking's relevance; the prediction and actual labels follow
    // the model type).
    private static readonly Dictionary<string, ColumnRole> RoleByField = new(StringComparer.Ordinal)
    {
        ["predictionGroupId"] = ColumnRole.GroupId,
        ["relevanceLabel"] = ColumnRole.CategoricalLabel,
    };

    public static IEnumerable<MappedColumn> Columns(TableImportSchema schema, ModelType modelType)
    {
        var numeric = modelType == ModelType.Numeric;
        var fields = SchemaFields.All.Where(f => f.Content is not null || f.Parts.Count > 0).ToList();
        var columns = new List<MappedColumn>();

        foreach (var field in fields.Where(f => f.Kind == SchemaFieldKind.Column))
        {
            Add(columns, field.Path, field.GetText(schema), RoleOf(field, numeric));
        }

        foreach (var field in fields.Where(f => f.Kind == SchemaFieldKind.ColumnList))
        {
            var list = field.GetList(schema) ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                Add(columns, $"{field.Path}[{i}]", list[i], RoleOf(field, numeric));
            }
        }

        foreach (var field in fields.Where(f => f.Kind == SchemaFieldKind.Embeddings))
        {
            var embeddings = field.GetEmbeddings(schema) ?? [];
            for (var i = 0; i < embeddings.Count; i++)
            {
                foreach (var part in field.Parts.Where(p => p.Content is not null))
                {
                    Add(columns, $"{field.Path}[{i}].{part.GraphQLName}", part.Get(embeddings[i]), ColumnRole.Of(part.Content!.Value, numeric));
                }
            }
        }

        foreach (var field in fields.Where(f => f.Kind == SchemaFieldKind.ObjectDetection))
        {
            if (field.GetBoxes(schema) is { } boxes)
            {
                foreach (var part in field.Parts.Where(p => p.Content is not null))
                {
                    Add(columns, $"{field.Path}.{part.GraphQLName}", part.Get(boxes), ColumnRole.Of(part.Content!.Value, numeric));
                }
            }
        }

        return columns;
    }

    public static IEnumerable<MappedPrefix> Prefixes(TableImportSchema schema) =>
        SchemaFields.All
            .Where(f => f.Kind == SchemaFieldKind.Prefix && f.Content is not null && !string.IsNullOrWhiteSpace(f.GetText(schema)))
            .Select(f => new MappedPrefix(f.Path, f.GetText(schema)!, ColumnRole.Of(f.Content!.Value, numericModel: false)))
            .ToList();

    private static ColumnRole RoleOf(SchemaField field, bool numeric) =>
        RoleByField.TryGetValue(field.GraphQLName, out var role) ? role : ColumnRole.Of(field.Content!.Value, numeric);

    /// <summary>A blank value names no column.</summary>
    private static void Add(List<MappedColumn> columns, string path, string? column, ColumnRole role)
    {
        if (!string.IsNullOrWhiteSpace(column))
        {
            columns.Add(new MappedColumn(path, column, role));
        }
    }
}
