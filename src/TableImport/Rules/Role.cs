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
        /// <summary>The field's path in <c>CreateTableImportJobInput</c>, such as <c>schema.actualScores</c> (from <see cref="SchemaFields"/>).</summary>
        public static string Of(Role role) => SchemaFields.Of(role).Path;

        /// <summary>The attribute and the field together, e.g. <c>[ActualScores] (schema.actualScores)</c>: one text for both sides.</summary>
        public static string Describe(Role role) => "[" + role + "] (" + Of(role) + ")";
    }
}
