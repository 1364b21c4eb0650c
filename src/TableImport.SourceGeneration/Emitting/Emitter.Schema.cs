using System.Collections.Generic;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Emitting
{
    internal static partial class Emitter
    {
        // Single-column roles and the schema property each fills, in TableImportSchema's order.
        private static readonly (Role Role, string Property)[] SingleColumnRoles =
        {
            (Role.PredictionId, "PredictionId"),
            (Role.PredictionTimestamp, "Timestamp"),
            (Role.ChangeTimestamp, "ChangeTimestamp"),
            (Role.PredictionLabel, "PredictionLabel"),
            (Role.PredictionScore, "PredictionScore"),
            (Role.ActualLabel, "ActualLabel"),
            (Role.ActualScore, "ActualScore"),
            (Role.ModelVersion, "Version"),
            (Role.BatchIdColumn, "BatchId"),
        };

        private static readonly (Role Role, string Property)[] RankingAndMultiClassRoles =
        {
            (Role.PredictionGroupId, "PredictionGroupId"),
            (Role.Rank, "Rank"),
            (Role.RelevanceScore, "RelevanceScore"),
            (Role.RelevanceLabel, "RelevanceLabel"),
            (Role.PredictionScores, "PredictionScores"),
            (Role.ActualScores, "ActualScores"),
            (Role.ThresholdScores, "ThresholdScores"),
        };

        private static readonly (Role Role, string Property)[] PredictionBoxRoles =
        {
            (Role.PredictionBoundingBoxCoordinates, "BoundingBoxesCoordinatesColumnName"),
            (Role.PredictionBoundingBoxCategories, "BoundingBoxesCategoriesColumnName"),
            (Role.PredictionBoundingBoxScores, "BoundingBoxesScoresColumnName"),
        };

        private static readonly (Role Role, string Property)[] ActualBoxRoles =
        {
            (Role.ActualBoundingBoxCoordinates, "BoundingBoxesCoordinatesColumnName"),
            (Role.ActualBoundingBoxCategories, "BoundingBoxesCategoriesColumnName"),
            (Role.ActualBoundingBoxScores, "BoundingBoxesScoresColumnName"),
        };

        private static void WriteSchema(SourceWriter writer, JobModel model)
        {
            var roles = new SchemaColumns(model);
            writer.WriteLine("Schema = new " + Ns + "TableImportSchema");
            writer.OpenBlock();

            foreach (var (role, property) in SingleColumnRoles)
            {
                WriteString(writer, property, roles.ColumnOf(role));
            }

            WritePrefixOrList(writer, "Features", "FeaturesList", model.FeaturePrefix, roles.Features);
            WritePrefixOrList(writer, "Tags", "TagsList", model.TagPrefix, roles.Tags);
            WriteString(writer, "ShapValues", model.ShapPrefix?.Value);
            WriteEmbeddings(writer, roles.Embeddings);

            foreach (var (role, property) in RankingAndMultiClassRoles)
            {
                WriteString(writer, property, roles.ColumnOf(role));
            }

            WriteBoxes(writer, "PredictionObjectDetection", PredictionBoxRoles, roles);
            WriteBoxes(writer, "ActualObjectDetection", ActualBoxRoles, roles);
            writer.CloseBlock(",");
        }

        // With a prefix Arize reads every column that starts with it; without one it needs the list, which is sent
        // even when empty, as the seed's event-based example does (featuresList: []).
        private static void WritePrefixOrList(SourceWriter writer, string prefixProperty, string listProperty, PrefixInfo? prefix, List<string> columns)
        {
            if (prefix?.Value is { } value)
            {
                WriteString(writer, prefixProperty, value);
            }
            else
            {
                WriteList(writer, listProperty, columns);
            }
        }

        private static void WriteEmbeddings(SourceWriter writer, List<(MemberInfo Member, EmbeddingInfo? Info)> embeddings)
        {
            if (embeddings.Count == 0)
            {
                return;
            }

            writer.WriteLine("EmbeddingFeatures = new " + Ns + "EmbeddingFeatureColumns[]");
            writer.OpenBlock();
            foreach (var (member, info) in embeddings)
            {
                writer.WriteLine("new " + Ns + "EmbeddingFeatureColumns");
                writer.OpenBlock();
                WriteString(writer, "FeatureName", info?.FeatureName ?? member.Name);
                WriteString(writer, "VectorCol", member.Column);
                WriteString(writer, "RawDataCol", info?.RawDataColumn);
                WriteString(writer, "LinkToDataCol", info?.LinkToDataColumn);
                writer.CloseBlock(",");
            }

            writer.CloseBlock(",");
        }

        private static void WriteBoxes(SourceWriter writer, string property, (Role Role, string Property)[] boxRoles, SchemaColumns roles)
        {
            var any = false;
            foreach (var (role, _) in boxRoles)
            {
                any |= roles.ColumnOf(role) is not null;
            }

            if (!any)
            {
                return;
            }

            writer.WriteLine(property + " = new " + Ns + "ObjectDetectionColumns");
            writer.OpenBlock();
            foreach (var (role, column) in boxRoles)
            {
                WriteString(writer, column, roles.ColumnOf(role));
            }

            writer.CloseBlock(",");
        }

        /// <summary>The job's roles gathered from its members, in member order.</summary>
        private sealed class SchemaColumns
        {
            // A role on two members is an error (TI0006); the first one wins so the output stays stable while it is fixed.
            private readonly Dictionary<Role, string> _single = new Dictionary<Role, string>();

            public SchemaColumns(JobModel model)
            {
                foreach (var member in model.Members)
                {
                    if (member.IsExcluded || member.IsIndexer)
                    {
                        continue;
                    }

                    foreach (var role in member.Roles)
                    {
                        switch (role.Role)
                        {
                            case Role.Feature:
                                Features.Add(member.Column);
                                break;
                            case Role.Tag:
                                Tags.Add(member.Column);
                                break;
                            case Role.EmbeddingFeature:
                                Embeddings.Add((member, member.Embedding));
                                break;
                            default:
                                if (!_single.ContainsKey(role.Role))
                                {
                                    _single[role.Role] = member.Column;
                                }

                                break;
                        }
                    }
                }
            }

            public List<string> Features { get; } = new List<string>();

            public List<string> Tags { get; } = new List<string>();

            public List<(MemberInfo Member, EmbeddingInfo? Info)> Embeddings { get; } = new List<(MemberInfo, EmbeddingInfo?)>();

            public string? ColumnOf(Role role) => _single.TryGetValue(role, out var column) ? column : null;
        }
    }
}
