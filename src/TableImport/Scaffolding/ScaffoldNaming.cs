using System;
using System.Collections.Generic;
using System.Text;

namespace TableImport.Scaffolding
{
    /// <summary>
    /// Member names for a job's columns: the naming policy that reproduces the most of them, and for each column a
    /// readable member name that the generator's own naming (<see cref="ColumnNamer"/>) turns back into exactly that
    /// column, or, where none does, a readable name with <c>[ColumnName]</c>.
    /// </summary>
    internal static class ScaffoldNaming
    {
        // In order of preference when policies tie: the default first, which the attribute then leaves unsaid.
        private static readonly ColumnNaming[] Policies = { ColumnNaming.SnakeCase, ColumnNaming.UpperSnakeCase, ColumnNaming.AsDeclared };

        // What a member may not be called: the generated members; object's, which a property would hide (CS0108); and the
        // enums the class's attribute names in its arguments, which a member of that name would shadow there (CS0120).
        private static readonly HashSet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
        {
            "TableImportJob", "Columns", "CreateTableSql",
            "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
            "ModelType", "ModelEnvironment", "ColumnNaming",
        };

        // What a class may not be called: TableImport, whose namespace its attributes come from; the types its file names
        // by simple name, which a class of the same namespace would hide in every file there; and the members the
        // generator adds to it (a member may not share its type's name, CS0542).
        private static readonly HashSet<string> ReservedTypeNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "TableImport", "ModelType", "ModelEnvironment", "ColumnNaming", "TableImportJob", "Columns", "CreateTableSql",
            "DateTimeOffset", "DateTime", "DateOnly", "TimeOnly", "TimeSpan", "Guid",
        };

        /// <summary>Whether a class of this name would not compile, or would break the other scaffolded files beside it.</summary>
        public static bool IsReservedTypeName(string name) => ReservedTypeNames.Contains(name);

        /// <summary>
        /// The policy that gives the most of <paramref name="columns"/> from a member name. <c>AsDeclared</c> counts only
        /// the columns that already read as C# names (no <c>_</c>): it reproduces any identifier, and a table of
        /// <c>snake_case</c> columns reads better as <c>SnakeCase</c> with PascalCase members.
        /// </summary>
        public static ColumnNaming ChoosePolicy(IEnumerable<string> columns)
        {
            var scores = new int[Policies.Length];
            foreach (var column in columns)
            {
                for (var i = 0; i < Policies.Length; i++)
                {
                    var policy = Policies[i];
                    if (NameFor(policy, column) is not null && (policy != ColumnNaming.AsDeclared || column.IndexOf('_') < 0))
                    {
                        scores[i]++;
                    }
                }
            }

            var best = 0;
            for (var i = 1; i < Policies.Length; i++)
            {
                if (scores[i] > scores[best])
                {
                    best = i;
                }
            }

            return Policies[best];
        }

        /// <summary>
        /// A member name that <paramref name="policy"/> turns into exactly <paramref name="column"/>: the column's words in
        /// PascalCase, or with its underscores kept where words alone would not give them back (<c>version_2</c> is
        /// <c>Version_2</c>); for <c>AsDeclared</c> the column itself. Null when no identifier gives the column.
        /// </summary>
        public static string? NameFor(ColumnNaming policy, string column)
        {
            if (policy == ColumnNaming.AsDeclared)
            {
                return CSharpSyntax.IsIdentifier(column) ? column : null;
            }

            foreach (var candidate in new[] { CSharpSyntax.Pascal(column, ""), KeepingUnderscores(column) })
            {
                if (CSharpSyntax.IsIdentifier(candidate) && ColumnNamer.Apply(policy, candidate) == column)
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>
        /// Names every column's member under <paramref name="policy"/>, unique in the type and never one of the generated
        /// members, object's or the type's own name; where the policy gives no name, or only a taken one, the member gets
        /// a readable name and the column goes in <c>[ColumnName]</c>.
        /// </summary>
        /// <returns>For each column, its member name and whether it needs <c>[ColumnName]</c>.</returns>
        public static List<(string Name, bool NeedsColumnName)> NameMembers(ColumnNaming policy, IReadOnlyList<string> columns, string typeName)
        {
            var taken = new HashSet<string>(Reserved, StringComparer.Ordinal) { typeName };
            var names = new List<(string Name, bool NeedsColumnName)>(columns.Count);
            foreach (var column in columns)
            {
                var natural = NameFor(policy, column);
                if (natural is not null && taken.Add(natural))
                {
                    names.Add((natural, false));
                    continue;
                }

                var readable = natural ?? CSharpSyntax.Pascal(column, "Column");
                var name = readable;
                for (var n = 2; !taken.Add(name); n++)
                {
                    name = readable + (n == 2 ? "Column" : "Column" + (n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                names.Add((name, true));
            }

            return names;
        }

        /// <summary>
        /// A class name for each job, readable and unique among them: the model name in PascalCase, then with the
        /// environment, then the table, then a number, for as many as share it.
        /// </summary>
        public static List<string> ClassNames(IReadOnlyList<TableImportJobDefinition> jobs)
        {
            var candidates = new List<string>[jobs.Count];
            for (var i = 0; i < jobs.Count; i++)
            {
                var model = CSharpSyntax.Pascal(jobs[i].ModelName ?? "", "Model");
                var withEnvironment = model + CSharpSyntax.Pascal(GraphQLNames.Of(jobs[i].ModelEnvironmentName), "");
                var withTable = withEnvironment + CSharpSyntax.Pascal(TableName(jobs[i]) ?? "", "");
                candidates[i] = new List<string> { NotReserved(model), NotReserved(withEnvironment), NotReserved(withTable) };
            }

            var names = new string[jobs.Count];
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var level = 0; level < 3; level++)
            {
                var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < jobs.Count; i++)
                {
                    if (names[i] is null)
                    {
                        counts.TryGetValue(candidates[i][level], out var count);
                        counts[candidates[i][level]] = count + 1;
                    }
                }

                // Names are compared ignoring case: they are file names too, and some file systems ignore it.
                for (var i = 0; i < jobs.Count; i++)
                {
                    if (names[i] is null && counts[candidates[i][level]] == 1 && !used.Contains(candidates[i][level]))
                    {
                        names[i] = candidates[i][level];
                        used.Add(names[i]);
                    }
                }
            }

            for (var i = 0; i < jobs.Count; i++)
            {
                if (names[i] is null)
                {
                    var stem = candidates[i][2];
                    var n = 2;
                    while (!used.Add(stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        n++;
                    }

                    names[i] = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return new List<string>(names);
        }

        private static string? TableName(TableImportJobDefinition job)
            => job.BigQueryTableConfig?.TableName ?? job.SnowflakeTableConfig?.TableName ?? job.DatabricksTableConfig?.TableName;

        private static string NotReserved(string name) => ReservedTypeNames.Contains(name) ? name + "Job" : name;

        // "ab__c" as "Ab__C": each word capitalised, the underscores as they are, which snake_case keeps and never adds to.
        private static string KeepingUnderscores(string column)
        {
            var parts = column.Split('_');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = CSharpSyntax.CapitalizeWord(parts[i]);
            }

            return string.Join("_", parts);
        }
    }
}
