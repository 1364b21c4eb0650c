using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>Which roles each model type allows (TI0009), after Arize's own SDK validation.</summary>
    internal static class ModelRoleTable
    {
        public static bool IsAllowed(ModelTypeValue modelType, Role role)
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
                    return modelType is ModelTypeValue.ScoreCategorical or ModelTypeValue.Numeric or ModelTypeValue.Ranking or ModelTypeValue.GenerativeLlm;
                case Role.PredictionGroupId:
                case Role.Rank:
                case Role.RelevanceScore:
                case Role.RelevanceLabel:
                    return modelType == ModelTypeValue.Ranking;
                case Role.PredictionScores:
                case Role.ActualScores:
                case Role.ThresholdScores:
                    return modelType == ModelTypeValue.MultiClass;
                default:
                    // The bounding-box roles.
                    return modelType == ModelTypeValue.ObjectDetection;
            }
        }
    }
}
