using System;
using System.Collections.Generic;

namespace TableImport.Rules
{
    /// <summary>The rulebook's TI0008 table: what each model type needs mapped in each environment.</summary>
    internal static class RequiredColumns
    {
        /// <summary>Why the job cannot be imported, with the field to set first; null when its required columns are all there.</summary>
        public static (string Reason, string Field)? Check(ModelType modelType, ModelEnvironment environment, Func<Role, bool> has)
        {
            if (environment == ModelEnvironment.Tracing)
            {
                return ($"the Tracing environment is not a table-import target for {modelType} models; import into Production, Training or Validation", "modelEnvironmentName");
            }

            var both = environment != ModelEnvironment.Production;
            var missing = new List<(string Text, Role Role)>();
            switch (modelType)
            {
                case ModelType.ScoreCategorical:
                case ModelType.Numeric:
                    Require(missing, both, has, Role.PredictionLabel, Role.PredictionScore, "a prediction column", Role.ActualLabel, Role.ActualScore, "an actual column");
                    break;
                case ModelType.Ranking:
                    var predicts = has(Role.PredictionLabel) || has(Role.PredictionScore) || has(Role.Rank) || has(Role.PredictionGroupId);
                    var relevance = has(Role.RelevanceScore) || has(Role.RelevanceLabel);
                    if (both && !relevance)
                    {
                        missing.Add((Either("a relevance column", Role.RelevanceScore, Role.RelevanceLabel), Role.RelevanceScore));
                    }
                    else if (!both && !predicts && !relevance)
                    {
                        missing.Add(("a prediction column (" + RoleFields.Describe(Role.PredictionLabel) + ", " + RoleFields.Describe(Role.PredictionScore)
                                     + " or " + RoleFields.Describe(Role.Rank) + ") or " + Either("a relevance column", Role.RelevanceScore, Role.RelevanceLabel), Role.Rank));
                    }

                    if (predicts && !has(Role.PredictionGroupId))
                    {
                        missing.Add((RoleFields.Describe(Role.PredictionGroupId) + ", as ranked predictions need their group", Role.PredictionGroupId));
                    }

                    if (predicts && !has(Role.Rank))
                    {
                        missing.Add((RoleFields.Describe(Role.Rank) + ", as ranked predictions need their rank", Role.Rank));
                    }

                    break;
                case ModelType.MultiClass:
                    Require(missing, both, has, Role.PredictionScores, null, null, Role.ActualScores, null, null);
                    if (has(Role.ThresholdScores) && !has(Role.PredictionScores) && !missing.Exists(m => m.Role == Role.PredictionScores))
                    {
                        missing.Add((RoleFields.Describe(Role.PredictionScores) + ", which " + RoleFields.Describe(Role.ThresholdScores) + " requires", Role.PredictionScores));
                    }

                    break;
                case ModelType.ObjectDetection:
                    Require(missing, both, has, Role.PredictionBoundingBoxCoordinates, null, "prediction bounding boxes", Role.ActualBoundingBoxCoordinates, null, "actual bounding boxes");
                    break;
                case ModelType.GenerativeLlm:
                    if (both && !has(Role.ActualLabel))
                    {
                        missing.Add((RoleFields.Describe(Role.ActualLabel), Role.ActualLabel));
                    }

                    break;
            }

            if (missing.Count == 0)
            {
                return null;
            }

            var texts = missing.ConvertAll(m => m.Text);
            var many = missing.Count > 1;
            return ("it is missing " + string.Join(" and ", texts) + "; map the column" + (many ? "s that hold them" : " that holds it"), RoleFields.Of(missing[0].Role));
        }

        // Production needs either side; training and validation need both. A side is one role, or either of two.
        private static void Require(
            List<(string Text, Role Role)> missing, bool both, Func<Role, bool> has,
            Role first, Role? firstAlternative, string? firstName,
            Role second, Role? secondAlternative, string? secondName)
        {
            var hasFirst = has(first) || (firstAlternative is { } a && has(a));
            var hasSecond = has(second) || (secondAlternative is { } b && has(b));
            var firstText = Side(firstName, first, firstAlternative);
            var secondText = Side(secondName, second, secondAlternative);
            if (both)
            {
                if (!hasFirst)
                {
                    missing.Add((firstText, first));
                }

                if (!hasSecond)
                {
                    missing.Add((secondText, second));
                }
            }
            else if (!hasFirst && !hasSecond)
            {
                missing.Add((firstText + " or " + secondText, first));
            }
        }

        private static string Side(string? name, Role role, Role? alternative)
            => alternative is { } other ? Either(name ?? "", role, other)
                : name is null ? RoleFields.Describe(role) : name + " (" + RoleFields.Describe(role) + ")";

        private static string Either(string name, Role first, Role second)
            => name + " (" + RoleFields.Describe(first) + " or " + RoleFields.Describe(second) + ")";
    }
}
