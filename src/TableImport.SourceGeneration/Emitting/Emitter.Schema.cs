using System.Collections.Generic;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Emitting
{
    internal static partial class Emitter
    {
        /// <summary>
        /// The schema the job's members fill, built with the catalog (<see cref="SchemaFields"/>): each role's column goes
        /// to the field the role fills. A role on two members is an error (TI0006); the first one wins, so the output stays
        /// stable while it is fixed.
        /// </summary>
        internal static TableImportSchema SchemaOf(JobModel model)
        {
            var schema = new TableImportSchema();
            var lists = new Dictionary<SchemaField, List<string>>();
            var embeddings = new List<EmbeddingFeatureColumns>();
            foreach (var member in model.Members)
            {
                if (member.IsExcluded || member.IsIndexer)
                {
                    continue;
                }

                foreach (var role in member.Roles)
                {
                    var target = SchemaFields.Of(role.Role);
                    var field = target.Field;
                    switch (field.Kind)
                    {
                        case SchemaFieldKind.Column:
                            if (field.GetText(schema) is null)
                            {
                                field.SetText(schema, member.Column);
                            }

                            break;
                        case SchemaFieldKind.ColumnList:
                            if (!lists.TryGetValue(field, out var columns))
                            {
                                lists[field] = columns = new List<string>();
                            }

                            columns.Add(member.Column);
                            break;
                        case SchemaFieldKind.Embeddings:
                            var info = member.Embedding;
                            embeddings.Add(new EmbeddingFeatureColumns
                            {
                                FeatureName = info?.FeatureName ?? member.Name,
                                VectorCol = member.Column,
                                RawDataCol = info?.RawDataColumn,
                                LinkToDataCol = info?.LinkToDataColumn,
                            });
                            field.SetEmbeddings(schema, embeddings);
                            break;
                        case SchemaFieldKind.ObjectDetection:
                            var boxes = field.GetBoxes(schema) ?? new ObjectDetectionColumns();
                            if (target.Part!.Get(boxes) is null)
                            {
                                target.Part.Set(boxes, member.Column);
                            }

                            field.SetBoxes(schema, boxes);
                            break;
                    }
                }
            }

            // With a prefix Arize reads every column that starts with it; without one it needs the list, which is sent
            // even when empty, as the seed's event-based example does (featuresList: []).
            foreach (var field in SchemaFields.All)
            {
                if (field.Kind == SchemaFieldKind.Prefix)
                {
                    field.SetText(schema, PrefixOf(model, field.Content)?.Value);
                }
                else if (field.Kind == SchemaFieldKind.ColumnList && field.Role is not null)
                {
                    var prefixed = PrefixOf(model, field.Content)?.Value is not null;
                    field.SetList(schema, prefixed ? null : lists.TryGetValue(field, out var columns) ? columns : new List<string>());
                }
            }

            return schema;
        }

        private static PrefixInfo? PrefixOf(JobModel model, ColumnContent? content)
            => content == ColumnContent.Feature ? model.FeaturePrefix
                : content == ColumnContent.Tag ? model.TagPrefix
                : content == ColumnContent.ShapValue ? model.ShapPrefix
                : null;

        private static void WriteSchema(SourceWriter writer, TableImportSchema schema)
        {
            writer.WriteLine("Schema = new " + Ns + "TableImportSchema");
            writer.OpenBlock();
            foreach (var field in SchemaFields.All)
            {
                switch (field.Kind)
                {
                    case SchemaFieldKind.ColumnList:
                        WriteList(writer, field.PropertyName, field.GetList(schema));
                        break;
                    case SchemaFieldKind.Embeddings:
                        if (field.GetEmbeddings(schema) is { } items)
                        {
                            writer.WriteLine(field.PropertyName + " = new " + Ns + "EmbeddingFeatureColumns[]");
                            writer.OpenBlock();
                            foreach (var item in items)
                            {
                                writer.WriteLine("new " + Ns + "EmbeddingFeatureColumns");
                                writer.OpenBlock();
                                foreach (var part in field.Parts)
                                {
                                    WriteString(writer, part.PropertyName, part.Get(item));
                                }

                                writer.CloseBlock(",");
                            }

                            writer.CloseBlock(",");
                        }

                        break;
                    case SchemaFieldKind.ObjectDetection:
                        if (field.GetBoxes(schema) is { } boxes)
                        {
                            writer.WriteLine(field.PropertyName + " = new " + Ns + "ObjectDetectionColumns");
                            writer.OpenBlock();
                            foreach (var part in field.Parts)
                            {
                                WriteString(writer, part.PropertyName, part.Get(boxes));
                            }

                            writer.CloseBlock(",");
                        }

                        break;
                    default:
                        WriteString(writer, field.PropertyName, field.GetText(schema));
                        break;
                }
            }

            writer.CloseBlock(",");
        }

        private static void WriteList(SourceWriter writer, string property, IReadOnlyList<string>? columns)
        {
            if (columns is null)
            {
                return;
            }

            if (columns.Count == 0)
            {
                writer.WriteLine(property + " = new string[0],");
                return;
            }

            writer.WriteLine(property + " = new string[]");
            writer.OpenBlock();
            foreach (var column in columns)
            {
                writer.WriteLine(CSharpText.Literal(column) + ",");
            }

            writer.CloseBlock(",");
        }
    }
}
