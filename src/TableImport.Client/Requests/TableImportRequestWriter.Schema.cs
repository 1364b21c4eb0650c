using System.Buffers;
using System.Text.Json;

namespace TableImport.Client;

/// <summary>The schema and the ingestion parameters, field by field from the schema catalog, every name encoded once.</summary>
internal static partial class TableImportRequestWriter
{
    // The seed example's order (SchemaFields.RequestFields), so that a captured request reads like the documentation.
    private static void WriteSchema(Utf8JsonWriter writer, TableImportSchema schema)
    {
        writer.WriteStartObject(Names.Schema);
        foreach (var encoded in Names.SchemaFieldsInRequestOrder)
        {
            var field = encoded.Field;
            switch (field.Kind)
            {
                case SchemaFieldKind.ColumnList:
                    WriteOptionalList(writer, encoded.Name, field.GetList(schema));
                    break;
                case SchemaFieldKind.Embeddings:
                    if (field.GetEmbeddings(schema) is { } embeddings)
                    {
                        writer.WriteStartArray(encoded.Name);
                        for (var i = 0; i < embeddings.Count; i++)
                        {
                            WriteParts(writer, encoded, embeddings[i], null);
                        }

                        writer.WriteEndArray();
                    }

                    break;
                case SchemaFieldKind.ObjectDetection:
                    if (field.GetBoxes(schema) is { } boxes)
                    {
                        writer.WritePropertyName(encoded.Name);
                        WriteParts(writer, encoded, null, boxes);
                    }

                    break;
                default:
                    WriteOptional(writer, encoded.Name, field.GetText(schema));
                    break;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>One object of an object-valued field: its required parts always (as the input type declares them), the rest when set.</summary>
    private static void WriteParts(Utf8JsonWriter writer, EncodedSchemaField encoded, EmbeddingFeatureColumns? embedding, ObjectDetectionColumns? boxes)
    {
        writer.WriteStartObject();
        var parts = encoded.Field.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var value = embedding is not null ? part.Get(embedding) : part.Get(boxes!);
            if (part.IsRequired)
            {
                writer.WriteString(encoded.PartNames[i], value);
            }
            else
            {
                WriteOptional(writer, encoded.PartNames[i], value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteIngestionParameters(Utf8JsonWriter writer, TableIngestionParameters parameters)
    {
        writer.WriteStartObject(Names.TableIngestionParameters);
        if (parameters.RowLimit is { } rowLimit)
        {
            writer.WriteNumber(Names.RowLimit, rowLimit);
        }

        if (parameters.RefreshIntervalMinutes is { } refresh)
        {
            writer.WriteNumber(Names.RefreshIntervalMinutes, refresh);
        }

        if (parameters.QueryWindowSizeHours is { } window)
        {
            writer.WriteNumber(Names.QueryWindowSizeHours, window);
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptionalList(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }
}
