using System;

namespace TableImport
{
    // One attribute per role, rather than one attribute with a role argument, so that the IDE completes them
    // and a misspelt role is a compile error rather than a runtime surprise.
    internal static class RoleTargets
    {
        internal const AttributeTargets Members = AttributeTargets.Property | AttributeTargets.Field;
    }

    /// <summary>The row's prediction id (the schema's <c>predictionId</c>); joins delayed actuals to predictions.</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionIdAttribute : Attribute
    {
    }

    /// <summary>When the prediction was made (the schema's <c>timestamp</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionTimestampAttribute : Attribute
    {
    }

    /// <summary>The column Arize ingests incrementally by (the schema's <c>changeTimestamp</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ChangeTimestampAttribute : Attribute
    {
    }

    /// <summary>The predicted label (the schema's <c>predictionLabel</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionLabelAttribute : Attribute
    {
    }

    /// <summary>The predicted score (the schema's <c>predictionScore</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionScoreAttribute : Attribute
    {
    }

    /// <summary>The actual (ground-truth) label (the schema's <c>actualLabel</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ActualLabelAttribute : Attribute
    {
    }

    /// <summary>The actual (ground-truth) score (the schema's <c>actualScore</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ActualScoreAttribute : Attribute
    {
    }

    /// <summary>The model version of each row (the schema's <c>version</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ModelVersionAttribute : Attribute
    {
    }

    /// <summary>A feature column (listed in <c>featuresList</c>, or covered by the <see cref="FeaturePrefixAttribute"/>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class FeatureAttribute : Attribute
    {
    }

    /// <summary>A tag column (listed in <c>tagsList</c>, or covered by the <see cref="TagPrefixAttribute"/>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class TagAttribute : Attribute
    {
    }

    /// <summary>Ranking: the group a ranked item belongs to (the schema's <c>predictionGroupId</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionGroupIdAttribute : Attribute
    {
    }

    /// <summary>Ranking: the item's rank within its group, 1 to 100 (the schema's <c>rank</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class RankAttribute : Attribute
    {
    }

    /// <summary>Ranking: the actual relevance score (the schema's <c>relevanceScore</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class RelevanceScoreAttribute : Attribute
    {
    }

    /// <summary>Ranking: the actual relevance label (the schema's <c>relevanceLabel</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class RelevanceLabelAttribute : Attribute
    {
    }

    /// <summary>Multi-class: a map from class to predicted score (the schema's <c>predictionScores</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionScoresAttribute : Attribute
    {
    }

    /// <summary>Multi-class: a map from class to actual score (the schema's <c>actualScores</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ActualScoresAttribute : Attribute
    {
    }

    /// <summary>Multi-class: a map from class to decision threshold (the schema's <c>thresholdScores</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ThresholdScoresAttribute : Attribute
    {
    }

    /// <summary>The batch id of each row (the schema's <c>batchId</c>); required in the validation environment unless the job sets <c>BatchId</c>.</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class BatchIdColumnAttribute : Attribute
    {
    }

    /// <summary>Object detection: predicted bounding-box coordinates (<c>predictionObjectDetection.boundingBoxesCoordinatesColumnName</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionBoundingBoxCoordinatesAttribute : Attribute
    {
    }

    /// <summary>Object detection: predicted bounding-box categories (<c>predictionObjectDetection.boundingBoxesCategoriesColumnName</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionBoundingBoxCategoriesAttribute : Attribute
    {
    }

    /// <summary>Object detection: predicted bounding-box scores (<c>predictionObjectDetection.boundingBoxesScoresColumnName</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class PredictionBoundingBoxScoresAttribute : Attribute
    {
    }

    /// <summary>Object detection: actual bounding-box coordinates (<c>actualObjectDetection.boundingBoxesCoordinatesColumnName</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ActualBoundingBoxCoordinatesAttribute : Attribute
    {
    }

    /// <summary>Object detection: actual bounding-box categories (<c>actualObjectDetection.boundingBoxesCategoriesColumnName</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ActualBoundingBoxCategoriesAttribute : Attribute
    {
    }

    /// <summary>Object detection: actual bounding-box scores (<c>actualObjectDetection.boundingBoxesScoresColumnName</c>).</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ActualBoundingBoxScoresAttribute : Attribute
    {
    }
}
