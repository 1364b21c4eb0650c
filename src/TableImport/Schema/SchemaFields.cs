using System;
using System.Collections.Generic;
using System.ComponentModel;
using TableImport.Rules;

namespace TableImport
{
    /// <summary>
    /// The catalog of the job schema's fields (<c>TableImportSchemaInputType</c>), in the order a job's selection reads
    /// them. A new schema field is one row here plus its <see cref="TableImportSchema"/> property (and, when members fill
    /// it, its role attribute); the generator, the rule engine's facts, the client's requests and selections, start-up
    /// registration's comparison, the emulator and the tool all read this list.
    /// </summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    static class SchemaFields
    {
        private static readonly ModelType[] LabelsAndScores = { ModelType.ScoreCategorical, ModelType.Numeric, ModelType.Ranking, ModelType.GenerativeLlm };
        private static readonly ModelType[] RankingOnly = { ModelType.Ranking };
        private static readonly ModelType[] MultiClassOnly = { ModelType.MultiClass };
        private static readonly ModelType[] ObjectDetectionOnly = { ModelType.ObjectDetection };

        private static readonly SchemaField[] Fields =
        {
            Column("predictionId", "PredictionId", SchemaFieldLayout.Common, 0, Role.PredictionId, ColumnContent.Identifier, null, s => s.PredictionId, (s, v) => s.PredictionId = v),
            Column("timestamp", "Timestamp", SchemaFieldLayout.Common, 3, Role.PredictionTimestamp, ColumnContent.PredictionTime, null, s => s.Timestamp, (s, v) => s.Timestamp = v),
            Column("changeTimestamp", "ChangeTimestamp", SchemaFieldLayout.Common, 14, Role.ChangeTimestamp, ColumnContent.ChangeTime, null, s => s.ChangeTimestamp, (s, v) => s.ChangeTimestamp = v),
            Column("version", "Version", SchemaFieldLayout.Common, 8, Role.ModelVersion, ColumnContent.Text, null, s => s.Version, (s, v) => s.Version = v),
            Column("batchId", "BatchId", SchemaFieldLayout.Common, 9, Role.BatchIdColumn, ColumnContent.Text, null, s => s.BatchId, (s, v) => s.BatchId = v),
            Column("predictionLabel", "PredictionLabel", SchemaFieldLayout.Common, 1, Role.PredictionLabel, ColumnContent.Label, LabelsAndScores, s => s.PredictionLabel, (s, v) => s.PredictionLabel = v),
            Column("predictionScore", "PredictionScore", SchemaFieldLayout.Common, 2, Role.PredictionScore, ColumnContent.Score, LabelsAndScores, s => s.PredictionScore, (s, v) => s.PredictionScore = v),
            Column("actualLabel", "ActualLabel", SchemaFieldLayout.Common, 6, Role.ActualLabel, ColumnContent.Label, LabelsAndScores, s => s.ActualLabel, (s, v) => s.ActualLabel = v),
            Column("actualScore", "ActualScore", SchemaFieldLayout.Common, 7, Role.ActualScore, ColumnContent.Score, LabelsAndScores, s => s.ActualScore, (s, v) => s.ActualScore = v),

            Prefix("features", "Features", 4, Role.Feature, ColumnContent.Feature, s => s.Features, (s, v) => s.Features = v),
            SchemaField.List("featuresList", "FeaturesList", SchemaFieldLayout.FeaturesAndTags, 5, Role.Feature, ColumnContent.Feature, s => s.FeaturesList, (s, v) => s.FeaturesList = v),
            Prefix("tags", "Tags", 10, Role.Tag, ColumnContent.Tag, s => s.Tags, (s, v) => s.Tags = v),
            SchemaField.List("tagsList", "TagsList", SchemaFieldLayout.FeaturesAndTags, 11, Role.Tag, ColumnContent.Tag, s => s.TagsList, (s, v) => s.TagsList = v),
            Prefix("shapValues", "ShapValues", 12, null, ColumnContent.ShapValue, s => s.ShapValues, (s, v) => s.ShapValues = v),
            SchemaField.List("exclude", "Exclude", SchemaFieldLayout.FeaturesAndTags, 13, null, null, s => s.Exclude, (s, v) => s.Exclude = v),

            SchemaField.Embeddings(
                "embeddingFeatures", "EmbeddingFeatures", SchemaFieldLayout.OwnLine, 15, Role.EmbeddingFeature,
                new[]
                {
                    SchemaFieldPart.OfEmbedding("featureName", "FeatureName", true, null, null, e => e.FeatureName, (e, v) => e.FeatureName = v ?? ""),
                    SchemaFieldPart.OfEmbedding("vectorCol", "VectorCol", true, Role.EmbeddingFeature, ColumnContent.EmbeddingVector, e => e.VectorCol, (e, v) => e.VectorCol = v ?? ""),
                    SchemaFieldPart.OfEmbedding("rawDataCol", "RawDataCol", false, null, ColumnContent.EmbeddingRawData, e => e.RawDataCol, (e, v) => e.RawDataCol = v),
                    SchemaFieldPart.OfEmbedding("linkToDataCol", "LinkToDataCol", false, null, ColumnContent.EmbeddingLink, e => e.LinkToDataCol, (e, v) => e.LinkToDataCol = v),
                },
                s => s.EmbeddingFeatures,
                (s, v) => s.EmbeddingFeatures = v),

            Column("predictionGroupId", "PredictionGroupId", SchemaFieldLayout.ModelSpecific, 16, Role.PredictionGroupId, ColumnContent.Identifier, RankingOnly, s => s.PredictionGroupId, (s, v) => s.PredictionGroupId = v),
            Column("rank", "Rank", SchemaFieldLayout.ModelSpecific, 17, Role.Rank, ColumnContent.Ordinal, RankingOnly, s => s.Rank, (s, v) => s.Rank = v),
            Column("relevanceScore", "RelevanceScore", SchemaFieldLayout.ModelSpecific, 18, Role.RelevanceScore, ColumnContent.Score, RankingOnly, s => s.RelevanceScore, (s, v) => s.RelevanceScore = v),
            Column("relevanceLabel", "RelevanceLabel", SchemaFieldLayout.ModelSpecific, 19, Role.RelevanceLabel, ColumnContent.Label, RankingOnly, s => s.RelevanceLabel, (s, v) => s.RelevanceLabel = v),
            Column("predictionScores", "PredictionScores", SchemaFieldLayout.ModelSpecific, 20, Role.PredictionScores, ColumnContent.ScoreMap, MultiClassOnly, s => s.PredictionScores, (s, v) => s.PredictionScores = v),
            Column("actualScores", "ActualScores", SchemaFieldLayout.ModelSpecific, 21, Role.ActualScores, ColumnContent.ScoreMap, MultiClassOnly, s => s.ActualScores, (s, v) => s.ActualScores = v),
            Column("thresholdScores", "ThresholdScores", SchemaFieldLayout.ModelSpecific, 22, Role.ThresholdScores, ColumnContent.ScoreMap, MultiClassOnly, s => s.ThresholdScores, (s, v) => s.ThresholdScores = v),

            SchemaField.Boxes(
                "predictionObjectDetection", "PredictionObjectDetection", SchemaFieldLayout.OwnLine, 23, ObjectDetectionOnly,
                BoxParts(Role.PredictionBoundingBoxCoordinates, Role.PredictionBoundingBoxCategories, Role.PredictionBoundingBoxScores),
                s => s.PredictionObjectDetection,
                (s, v) => s.PredictionObjectDetection = v),
            SchemaField.Boxes(
                "actualObjectDetection", "ActualObjectDetection", SchemaFieldLayout.OwnLine, 24, ObjectDetectionOnly,
                BoxParts(Role.ActualBoundingBoxCoordinates, Role.ActualBoundingBoxCategories, Role.ActualBoundingBoxScores),
                s => s.ActualObjectDetection,
                (s, v) => s.ActualObjectDetection = v),
        };

        private static readonly SchemaField[] InRequestOrder = RequestOrder();

        private static readonly Dictionary<Role, RoleField> ByRole = IndexRoles();

        /// <summary>Every field of the schema, in the order a job's selection reads them.</summary>
        public static IReadOnlyList<SchemaField> All => Fields;

        /// <summary>Every field in the order a request writes them: the seed example's order, so a captured request reads like it.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static IReadOnlyList<SchemaField> RequestFields => InRequestOrder;

        /// <summary>The field by its GraphQL name, e.g. <c>predictionId</c>; null when the schema has none of that name.</summary>
        public static SchemaField? Find(string graphQLName)
        {
            foreach (var field in Fields)
            {
                if (field.GraphQLName == graphQLName)
                {
                    return field;
                }
            }

            return null;
        }

        /// <summary>The field a role fills, and the part of it for an object-valued field (bounding boxes, an embedding's vector).</summary>
        internal static RoleField Of(Role role) => ByRole[role];

        private static SchemaField Column(string graphQLName, string propertyName, SchemaFieldLayout layout, int position, Role role, ColumnContent content, ModelType[]? modelTypes, Func<TableImportSchema, string?> get, Action<TableImportSchema, string?> set)
            => SchemaField.Text(graphQLName, propertyName, SchemaFieldKind.Column, layout, position, role, content, modelTypes, get, set);

        private static SchemaField Prefix(string graphQLName, string propertyName, int position, Role? role, ColumnContent content, Func<TableImportSchema, string?> get, Action<TableImportSchema, string?> set)
            => SchemaField.Text(graphQLName, propertyName, SchemaFieldKind.Prefix, SchemaFieldLayout.FeaturesAndTags, position, role, content, null, get, set);

        private static SchemaFieldPart[] BoxParts(Role coordinates, Role categories, Role scores) => new[]
        {
            SchemaFieldPart.OfBoxes("boundingBoxesCoordinatesColumnName", "BoundingBoxesCoordinatesColumnName", coordinates, ColumnContent.BoxCoordinates, b => b.BoundingBoxesCoordinatesColumnName, (b, v) => b.BoundingBoxesCoordinatesColumnName = v),
            SchemaFieldPart.OfBoxes("boundingBoxesCategoriesColumnName", "BoundingBoxesCategoriesColumnName", categories, ColumnContent.BoxCategories, b => b.BoundingBoxesCategoriesColumnName, (b, v) => b.BoundingBoxesCategoriesColumnName = v),
            SchemaFieldPart.OfBoxes("boundingBoxesScoresColumnName", "BoundingBoxesScoresColumnName", scores, ColumnContent.BoxScores, b => b.BoundingBoxesScoresColumnName, (b, v) => b.BoundingBoxesScoresColumnName = v),
        };

        private static SchemaField[] RequestOrder()
        {
            var ordered = new SchemaField[Fields.Length];
            foreach (var field in Fields)
            {
                ordered[field.RequestPosition] = field;
            }

            return ordered;
        }

        // A role's field is where its members' columns go: a list, not the prefix that stands in for it.
        private static Dictionary<Role, RoleField> IndexRoles()
        {
            var roles = new Dictionary<Role, RoleField>();
            foreach (var field in Fields)
            {
                if (field.Role is { } role && field.Kind != SchemaFieldKind.Prefix)
                {
                    var part = field.Kind == SchemaFieldKind.Embeddings ? PartOf(field, role) : null;
                    roles.Add(role, new RoleField(field, part));
                }

                if (field.Kind == SchemaFieldKind.ObjectDetection)
                {
                    foreach (var part in field.Parts)
                    {
                        roles.Add(part.Role!.Value, new RoleField(field, part));
                    }
                }
            }

            return roles;
        }

        private static SchemaFieldPart? PartOf(SchemaField field, Role role)
        {
            foreach (var part in field.Parts)
            {
                if (part.Role == role)
                {
                    return part;
                }
            }

            return null;
        }
    }

    /// <summary>Where a role's column goes: a field, and for an object-valued field the part of each object.</summary>
    internal readonly struct RoleField
    {
        public RoleField(SchemaField field, SchemaFieldPart? part)
        {
            Field = field;
            Part = part;
        }

        public SchemaField Field { get; }

        public SchemaFieldPart? Part { get; }

        /// <summary>The path in <c>CreateTableImportJobInput</c>, e.g. <c>schema.actualScores</c> or <c>schema.predictionObjectDetection.boundingBoxesScoresColumnName</c>.</summary>
        public string Path => Part is null ? Field.Path : Field.Path + "." + Part.GraphQLName;

        /// <summary>What the role's column holds.</summary>
        public ColumnContent? Content => Part is null ? Field.Content : Part.Content;

        /// <summary>Whether a model type's schema may name the role's column (TI0009).</summary>
        public bool IsAllowedFor(ModelType modelType) => Field.ModelTypes is not { } allowed || Array.IndexOf(allowed, modelType) >= 0;
    }
}
