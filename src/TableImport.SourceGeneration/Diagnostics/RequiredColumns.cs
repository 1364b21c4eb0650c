using System;
using System.Collections.Generic;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>The rulebook's TI0008 table: what each model type needs mapped in each environment.</summary>
    internal static class RequiredColumns
    {
        private const string Prediction = "a prediction column ([PredictionLabel] or [PredictionScore])";
        private const string Actual = "an actual column ([ActualLabel] or [ActualScore])";
        private const string Relevance = "a relevance column ([RelevanceScore] or [RelevanceLabel])";

        /// <summary>Why the job cannot be imported, or null when its required columns are all there.</summary>
        public static string? Check(ModelTypeValue modelType, EnvironmentValue environment, Func<Role, bool> has)
        {
            if (environment == EnvironmentValue.Tracing)
            {
                return $"the Tracing environment is not a table-import target for {modelType} models; import into Production, Training or Validation";
            }

            var both = environment != EnvironmentValue.Production;
            var missing = new List<string>();
            switch (modelType)
            {
                case ModelTypeValue.ScoreCategorical:
                case ModelTypeValue.Numeric:
                    Require(missing, both, has(Role.PredictionLabel) || has(Role.PredictionScore), Prediction,
                        has(Role.ActualLabel) || has(Role.ActualScore), Actual);
                    break;
                case ModelTypeValue.Ranking:
                    var predicts = has(Role.PredictionLabel) || has(Role.PredictionScore) || has(Role.Rank) || has(Role.PredictionGroupId);
                    var relevance = has(Role.RelevanceScore) || has(Role.RelevanceLabel);
                    if (both)
                    {
                        if (!relevance)
                        {
                            missing.Add(Relevance);
                        }
                    }
                    else if (!predicts && !relevance)
                    {
                        missing.Add("a prediction column ([PredictionLabel], [PredictionScore] or [Rank]) or " + Relevance);
                    }

                    if (predicts && !has(Role.PredictionGroupId))
                    {
                        missing.Add("[PredictionGroupId] (ranked predictions need their group)");
                    }

                    if (predicts && !has(Role.Rank))
                    {
                        missing.Add("[Rank] (ranked predictions need their rank)");
                    }

                    break;
                case ModelTypeValue.MultiClass:
                    Require(missing, both, has(Role.PredictionScores), "[PredictionScores]", has(Role.ActualScores), "[ActualScores]");
                    if (has(Role.ThresholdScores) && !has(Role.PredictionScores) && !missing.Contains("[PredictionScores]"))
                    {
                        missing.Add("[PredictionScores] ([ThresholdScores] requires it)");
                    }

                    break;
                case ModelTypeValue.ObjectDetection:
                    Require(missing, both, has(Role.PredictionBoundingBoxCoordinates), "prediction bounding boxes ([PredictionBoundingBoxCoordinates])",
                        has(Role.ActualBoundingBoxCoordinates), "actual bounding boxes ([ActualBoundingBoxCoordinates])");
                    break;
                case ModelTypeValue.GenerativeLlm:
                    if (both && !has(Role.ActualLabel))
                    {
                        missing.Add("[ActualLabel]");
                    }

                    break;
            }

            return missing.Count == 0
                ? null
                : $"it is missing {string.Join(" and ", missing)}; mark the member{(missing.Count > 1 ? "s" : "")} that hold{(missing.Count > 1 ? "" : "s")} {(missing.Count > 1 ? "them" : "it")}";
        }

        // Production needs either column; training and validation need both.
        private static void Require(List<string> missing, bool both, bool hasFirst, string first, bool hasSecond, string second)
        {
            if (both)
            {
                if (!hasFirst)
                {
                    missing.Add(first);
                }

                if (!hasSecond)
                {
                    missing.Add(second);
                }
            }
            else if (!hasFirst && !hasSecond)
            {
                missing.Add(first + " or " + second);
            }
        }
    }
}
