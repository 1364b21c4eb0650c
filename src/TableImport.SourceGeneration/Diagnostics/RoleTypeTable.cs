using TableImport.SourceGeneration.Model;
using TableImport.SourceGeneration.Parsing;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>The rulebook's TI0010 table: which C# types can hold each role's data.</summary>
    internal static class RoleTypeTable
    {
        /// <summary>Whether a member of this kind can hold the role's data; null when the table says nothing about the role.</summary>
        public static bool? IsAllowed(Role role, ModelTypeValue? modelType, MemberInfo member)
        {
            var kind = member.Kind;
            var numeric = ValueKinds.IsNumeric(kind);
            switch (role)
            {
                case Role.PredictionId:
                case Role.PredictionGroupId:
                    return kind is ValueKind.String or ValueKind.Guid or ValueKind.Integer;
                case Role.PredictionTimestamp:
                    return kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly || IsEpoch(member);
                case Role.ChangeTimestamp:
                    return kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly;
                case Role.PredictionLabel:
                case Role.ActualLabel:
                    return modelType == ModelTypeValue.Numeric ? numeric : IsCategorical(kind);
                case Role.RelevanceLabel:
                    return IsCategorical(kind);
                case Role.PredictionScore:
                case Role.ActualScore:
                case Role.RelevanceScore:
                    return numeric;
                case Role.Rank:
                    return kind == ValueKind.Integer;
                case Role.PredictionScores:
                case Role.ActualScores:
                case Role.ThresholdScores:
                    return kind == ValueKind.StringToNumberMap;
                case Role.Feature:
                    return IsCategorical(kind) || kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.StringSequence;
                case Role.Tag:
                    return IsCategorical(kind) || kind is ValueKind.DateTime or ValueKind.DateTimeOffset;
                case Role.EmbeddingFeature:
                    return kind == ValueKind.FloatSequence;
                case Role.ModelVersion:
                case Role.BatchIdColumn:
                    return kind == ValueKind.String;
                default:
                    return null;
            }
        }

        /// <summary>The allowed types in words, for the message's "use ..." part.</summary>
        public static string Describe(Role role, ModelTypeValue? modelType)
        {
            const string Categorical = "string, bool, a numeric type or an enum";
            switch (role)
            {
                case Role.PredictionId:
                case Role.PredictionGroupId:
                    return "string, Guid or an integer type";
                case Role.PredictionTimestamp:
                    return "DateTime, DateTimeOffset, DateOnly, or a long or double epoch";
                case Role.ChangeTimestamp:
                    return "DateTime, DateTimeOffset or DateOnly";
                case Role.PredictionLabel:
                case Role.ActualLabel:
                    return modelType == ModelTypeValue.Numeric ? "a numeric type (Numeric models take numeric labels only)" : Categorical;
                case Role.RelevanceLabel:
                    return Categorical;
                case Role.PredictionScore:
                case Role.ActualScore:
                case Role.RelevanceScore:
                    return "a numeric type";
                case Role.Rank:
                    return "an integer type";
                case Role.PredictionScores:
                case Role.ActualScores:
                case Role.ThresholdScores:
                    return "a dictionary from string to a numeric type";
                case Role.Feature:
                    return "string, bool, a numeric type, an enum, DateTime, DateTimeOffset or a sequence of string";
                case Role.Tag:
                    return "string, bool, a numeric type, an enum, DateTime or DateTimeOffset";
                case Role.EmbeddingFeature:
                    return "a sequence or array of float or double";
                default:
                    return "string";
            }
        }

        private static bool IsCategorical(ValueKind kind)
            => kind is ValueKind.String or ValueKind.Bool or ValueKind.Integer or ValueKind.FloatingPoint or ValueKind.Enum;

        // An epoch must be exactly long or double: the model keeps only the kind, so the declared type name decides.
        private static bool IsEpoch(MemberInfo member)
        {
            var name = member.TypeDisplay.TrimEnd('?');
            return name is "long" or "double" or "Int64" or "Double" or "System.Int64" or "System.Double";
        }
    }
}
