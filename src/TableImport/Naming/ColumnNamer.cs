using System.Text;

namespace TableImport
{
    /// <summary>
    /// Turns member names into column names under a job's naming policy. The one implementation: the generator links
    /// this file (so a member's column is what it generates), and the scaffolder checks with it that the member names it
    /// writes give back the job's columns exactly.
    /// </summary>
    internal static class ColumnNamer
    {
        public static string Apply(ColumnNaming policy, string memberName)
        {
            switch (policy)
            {
                case ColumnNaming.AsDeclared:
                    return memberName;
                case ColumnNaming.UpperSnakeCase:
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
