namespace TableImport.Rules
{
    /// <summary>Which roles each model type allows (TI0009), after Arize's own SDK validation.</summary>
    internal static class ModelRoles
    {
        public static bool IsAllowed(ModelType modelType, Role role)
        {
            switch (role)
            {
                case Role.PredictionId:
                case Role.PredictionTimestamp:
                case Role.ChangeTimestamp:
                case Role.ModelVersion:
                case Role.Feature:
                case Role.Tag:
                case Role.BatchIdColumn:
                case Role.EmbeddingFeature:
                    return true;
                case Role.PredictionLabel:
                case Role.PredictionScore:
                case Role.ActualLabel:
                case Role.ActualScore:
                    return modelType is ModelType.ScoreCategorical or ModelType.Numeric or ModelType.Ranking or ModelType.GenerativeLlm;
                case Role.PredictionGroupId:
                case Role.Rank:
                case Role.RelevanceScore:
                case Role.RelevanceLabel:
                    return modelType == ModelType.Ranking;
                case Role.PredictionScores:
                case Role.ActualScores:
                case Role.ThresholdScores:
                    return modelType == ModelType.MultiClass;
                default:
                    // The bounding-box roles.
                    return modelType == ModelType.ObjectDetection;
            }
        }
    }
}
