using System.Text;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>Turns member names into column names under a job's naming policy.</summary>
    internal static class ColumnNamer
    {
        public static string Apply(NamingValue policy, string memberName)
        {
            switch (policy)
            {
                case NamingValue.AsDeclared:
                    return memberName;
                case NamingValue.UpperSnakeCase:
                    return ToSnake(memberName, upper: true);
                default:
                    return ToSnake(memberName, upper: false);
            }
        }

        // Word boundaries as System.Text.Json's snake_case policy draws them: before an upper-case letter that follows
        // a lower-case letter or digit, and before the last capital of an acronym that starts a new word
        // ("HTTPStatus" -> "http_status"). Existing underscores are kept and never doubled.
        private static string ToSnake(string name, bool upper)
        {
            var builder = new StringBuilder(name.Length + 8);
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (c == '@' && i == 0)
                {
                    continue;
                }

                if (char.IsUpper(c) && builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    var previous = name[i - 1];
                    var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                    if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                    {
                        builder.Append('_');
                    }
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }
    }
}
