using System.Globalization;
using TableImport.Client;

namespace TableImport.Cli.Output;

/// <summary>
/// A job's schema and ingestion parameters as path and value, leaf by leaf, from the schema catalog: the rows of
/// <c>jobs get</c>, the same values <c>jobs get --json</c> writes (a list in brackets, as JSON shows it).
/// </summary>
internal static class SchemaValues
{
    public static IEnumerable<(string Path, string Value)> Of(TableImportJobInfo job)
    {
        var schema = job.Schema;
        foreach (var field in SchemaFields.All)
        {
            switch (field.Kind)
            {
                case SchemaFieldKind.ColumnList:
                    if (field.GetList(schema) is { } list)
                    {
                        yield return (field.Path, "[" + string.Join(", ", list) + "]");
                    }

                    break;
                case SchemaFieldKind.Embeddings:
                    var embeddings = field.GetEmbeddings(schema) ?? [];
                    for (var i = 0; i < embeddings.Count; i++)
                    {
                        foreach (var part in field.Parts)
                        {
                            if (part.Get(embeddings[i]) is { } value)
                            {
                                yield return ($"{field.Path}[{i}].{part.GraphQLName}", value);
                            }
                        }
                    }

                    break;
                case SchemaFieldKind.ObjectDetection:
                    if (field.GetBoxes(schema) is { } boxes)
                    {
                        foreach (var part in field.Parts)
                        {
                            if (part.Get(boxes) is { } value)
                            {
                                yield return (field.Path + "." + part.GraphQLName, value);
                            }
                        }
                    }

                    break;
                default:
                    if (field.GetText(schema) is { } text)
                    {
                        yield return (field.Path, text);
                    }

                    break;
            }
        }

        var parameters = job.TableIngestionParameters;
        foreach (var (name, value) in new[] { ("rowLimit", parameters.RowLimit), ("refreshIntervalMinutes", parameters.RefreshIntervalMinutes), ("queryWindowSizeHours", parameters.QueryWindowSizeHours) })
        {
            if (value is { } number)
            {
                yield return ("tableIngestionParameters." + name, number.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
