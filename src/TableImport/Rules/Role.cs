namespace TableImport.Rules
{
    /// <summary>
    /// What a column is to Arize: one member-level attribute (the name is the attribute's name without
    /// <c>Attribute</c>), or one field of <c>TableImportSchemaInputType</c>.
    /// </summary>
    internal enum Role
    {
        PredictionId,
        PredictionTimestamp,
        ChangeTimestamp,
        PredictionLabel,
        PredictionScore,
        ActualLabel,
        ActualScore,
        ModelVersion,
        Feature,
        Tag,
        PredictionGroupId,
        Rank,
        RelevanceScore,
        RelevanceLabel,
        PredictionScores,
        ActualScores,
        ThresholdScores,
        BatchIdColumn,
        PredictionBoundingBoxCoordinates,
        PredictionBoundingBoxCategories,
        PredictionBoundingBoxScores,
        ActualBoundingBoxCoordinates,
        ActualBoundingBoxCategories,
        ActualBoundingBoxScores,
        EmbeddingFeature,
    }

    /// <summary>The GraphQL input field each role fills, so that a verdict names what a user of either side can change.</summary>
    internal static class RoleFields
    {
        private const string PredictionBoxes = "schema.predictionObjectDetection.";
        private const string ActualBoxes = "schema.actualObjectDetection.";

        /// <summary>The field's path in <c>CreateTableImportJobInput</c>, such as <c>schema.actualScores</c>.</summary>
        public static string Of(Role role)
        {
            switch (role)
            {
                case Role.PredictionId: return "schema.predictionId";
                case Role.PredictionTimestamp: return "schema.timestamp";
                case Role.ChangeTimestamp: return "schema.changeTimestamp";
                case Role.PredictionLabel: return "schema.predictionLabel";
                case Role.PredictionScore: return "schema.predictionScore";
                case Role.ActualLabel: return "schema.actualLabel";
                case Role.ActualScore: return "schema.actualScore";
                case Role.ModelVersion: return "schema.version";
                case Role.Feature: return "schema.featuresList";
                case Role.Tag: return "schema.tagsList";
                case Role.PredictionGroupId: return "schema.predictionGroupId";
                case Role.Rank: return "schema.rank";
                case Role.RelevanceScore: return "schema.relevanceScore";
                case Role.RelevanceLabel: return "schema.relevanceLabel";
                case Role.PredictionScores: return "schema.predictionScores";
                case Role.ActualScores: return "schema.actualScores";
                case Role.ThresholdScores: return "schema.thresholdScores";
                case Role.BatchIdColumn: return "schema.batchId";
                case Role.PredictionBoundingBoxCoordinates: return PredictionBoxes + "boundingBoxesCoordinatesColumnName";
                case Role.PredictionBoundingBoxCategories: return PredictionBoxes + "boundingBoxesCategoriesColumnName";
                case Role.PredictionBoundingBoxScores: return PredictionBoxes + "boundingBoxesScoresColumnName";
                case Role.ActualBoundingBoxCoordinates: return ActualBoxes + "boundingBoxesCoordinatesColumnName";
                case Role.ActualBoundingBoxCategories: return ActualBoxes + "boundingBoxesCategoriesColumnName";
                case Role.ActualBoundingBoxScores: return ActualBoxes + "boundingBoxesScoresColumnName";
                default: return "schema.embeddingFeatures.vectorCol";
            }
        }

        /// <summary>The attribute and the field together, e.g. <c>[ActualScores] (schema.actualScores)</c>: one text for both sides.</summary>
        public static string Describe(Role role) => "[" + role + "] (" + Of(role) + ")";
    }
}
