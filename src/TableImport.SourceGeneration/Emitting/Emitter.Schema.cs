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

        private static void WriteSchema(DefinitionText text, JobModel model)
        {
            var roles = new SchemaColumns(model);
            foreach (var (role, property) in SingleColumnRoles)
            {
                text.Add("Schema." + property, roles.ColumnOf(role));
            }

            WritePrefixOrList(text, "Schema.Features", "Schema.FeaturesList", model.FeaturePrefix, roles.Features);
            WritePrefixOrList(text, "Schema.Tags", "Schema.TagsList", model.TagPrefix, roles.Tags);
            text.Add("Schema.ShapValues", model.ShapPrefix?.Value);
            WriteEmbeddings(text, roles.Embeddings);

            foreach (var (role, property) in RankingAndMultiClassRoles)
            {
                text.Add("Schema." + property, roles.ColumnOf(role));
            }

            WriteBoxes(text, "Schema.PredictionObjectDetection.", PredictionBoxRoles, roles);
            WriteBoxes(text, "Schema.ActualObjectDetection.", ActualBoxRoles, roles);
        }

        // With a prefix Arize reads every column that starts with it; without one it needs the list, which is sent
        // even when empty, as the seed's event-based example does (featuresList: []).
        private static void WritePrefixOrList(DefinitionText text, string prefixPath, string listPath, PrefixInfo? prefix, List<string> columns)
        {
            if (prefix?.Value is { } value)
            {
                text.Add(prefixPath, value);
                return;
            }

            text.List(listPath);
            foreach (var column in columns)
            {
                text.Item(column);
            }
        }

        private static void WriteEmbeddings(DefinitionText text, List<(MemberInfo Member, EmbeddingInfo? Info)> embeddings)
        {
            if (embeddings.Count == 0)
            {
                return;
            }

            text.List("Schema.EmbeddingFeatures");
            foreach (var (member, info) in embeddings)
            {
                text.FirstOfItem("FeatureName", info?.FeatureName ?? member.Name);
                text.InItem("VectorCol", member.Column);
                text.InItem("RawDataCol", info?.RawDataColumn);
                text.InItem("LinkToDataCol", info?.LinkToDataColumn);
            }
        }

        private static void WriteBoxes(DefinitionText text, string pathPrefix, (Role Role, string Property)[] boxRoles, SchemaColumns roles)
        {
            foreach (var (role, column) in boxRoles)
            {
                text.Add(pathPrefix + column, roles.ColumnOf(role));
            }
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
