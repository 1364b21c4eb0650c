using TableImport.SourceGeneration.Model;
using TableImport.SourceGeneration.Parsing;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>
    /// The rulebook's TI0010 table: which C# types can hold each role's data, by what the role's column holds
    /// (<see cref="ColumnContent"/>, from the schema catalog).
    /// </summary>
    internal static class RoleTypeTable
    {
        /// <summary>Whether a member of this kind can hold the role's data; null when the table says nothing about the role.</summary>
        public static bool? IsAllowed(Role role, ModelTypeValue? modelType, MemberInfo member)
        {
            var kind = member.Kind;
            var numeric = ValueKinds.IsNumeric(kind);
            switch (SchemaFields.Of(role).Content)
            {
                case ColumnContent.Identifier:
                    return kind is ValueKind.String or ValueKind.Guid or ValueKind.Integer;
                case ColumnContent.PredictionTime:
                    return kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly || IsEpoch(member);
                case ColumnContent.ChangeTime:
                    return kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly;
                case ColumnContent.Label:
                    return NumericLabels(role, modelType) ? numeric : IsCategorical(kind);
                case ColumnContent.Score:
                    return numeric;
                case ColumnContent.Ordinal:
                    return kind == ValueKind.Integer;
                case ColumnContent.ScoreMap:
                    return kind == ValueKind.StringToNumberMap;
                case ColumnContent.Feature:
                    return IsCategorical(kind) || kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.StringSequence;
                case ColumnContent.Tag:
                    return IsCategorical(kind) || kind is ValueKind.DateTime or ValueKind.DateTimeOffset;
                case ColumnContent.EmbeddingVector:
                    return kind == ValueKind.FloatSequence;
                case ColumnContent.Text:
                    return kind == ValueKind.String;
                default:
                    return null;
            }
        }

        /// <summary>The allowed types in words, for the message's "use ..." part.</summary>
        public static string Describe(Role role, ModelTypeValue? modelType)
        {
            const string Categorical = "string, bool, a numeric type or an enum";
            switch (SchemaFields.Of(role).Content)
            {
                case ColumnContent.Identifier:
                    return "string, Guid or an integer type";
                case ColumnContent.PredictionTime:
                    return "DateTime, DateTimeOffset, DateOnly, or a long or double epoch";
                case ColumnContent.ChangeTime:
                    return "DateTime, DateTimeOffset or DateOnly";
                case ColumnContent.Label:
                    return NumericLabels(role, modelType) ? "a numeric type (Numeric models take numeric labels only)" : Categorical;
                case ColumnContent.Score:
                    return "a numeric type";
                case ColumnContent.Ordinal:
                    return "an integer type";
                case ColumnContent.ScoreMap:
                    return "a dictionary from string to a numeric type";
                case ColumnContent.Feature:
                    return "string, bool, a numeric type, an enum, DateTime, DateTimeOffset or a sequence of string";
                case ColumnContent.Tag:
                    return "string, bool, a numeric type, an enum, DateTime or DateTimeOffset";
                case ColumnContent.EmbeddingVector:
                    return "a sequence or array of float or double";
                default:
                    return "string";
            }
        }

        // A Numeric model's prediction and actual labels are numbers; a relevance label (ranking) is always categorical.
        private static bool NumericLabels(Role role, ModelTypeValue? modelType)
            => modelType == ModelTypeValue.Numeric && role != Role.RelevanceLabel;

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
