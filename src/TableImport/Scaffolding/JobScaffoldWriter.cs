using System;
using System.Collections.Generic;
using System.Text;

namespace TableImport.Scaffolding
{
    /// <summary>
    /// Writes a <see cref="JobScaffold"/> as the annotated partial type a person would write for its job: one attribute
    /// per job-level value, one member per mapped column with its role attribute, the naming policy that gives the
    /// columns back from the member names (<c>[ColumnName]</c> only where none does), and comments for every
    /// placeholder, assumption and anything the attributes cannot say. The generator's <c>TableImportJob</c> of the
    /// written type is the scaffold's definition again, field for field.
    /// </summary>
    public static class JobScaffoldWriter
    {
        private const int CommentWidth = 116;

        /// <summary>The C# source of the job type, one file's worth.</summary>
        /// <param name="scaffold">The job and what the definition cannot carry.</param>
        public static string Write(JobScaffold scaffold)
        {
            if (scaffold is null)
            {
                throw new ArgumentNullException(nameof(scaffold));
            }

            var className = ClassNameOf(scaffold);
            if (scaffold.Namespace is { } ns && !CSharpSyntax.IsQualifiedName(ns))
            {
                throw new ArgumentException("'" + ns + "' is not a namespace name.", nameof(scaffold));
            }

            var definition = scaffold.Definition;
            var members = ScaffoldMembers.Of(scaffold, className);
            var table = ScaffoldTables.Of(definition);
            var notes = Notes(scaffold, members, table);

            var writer = new SourceWriter();
            if (scaffold.Source is { } source)
            {
                Comment(writer, source);
            }

            foreach (var name in Usings(members))
            {
                writer.WriteLine("using " + name + ";");
            }

            writer.WriteLine();
            if (scaffold.Namespace is { } namespaceName)
            {
                writer.WriteLine("namespace " + CSharpSyntax.EscapeQualified(namespaceName));
                writer.OpenBlock();
            }

            foreach (var note in notes)
            {
                Comment(writer, note);
            }

            writer.WriteLine("[" + JobAttribute(definition, members.Naming) + "]");
            writer.WriteLine("[" + table.Attribute + "]");
            if (IngestionAttribute(definition.TableIngestionParameters) is { } ingestion)
            {
                writer.WriteLine("[" + ingestion + "]");
            }

            foreach (var prefix in members.PrefixAttributes)
            {
                writer.WriteLine("[" + prefix + "]");
            }

            writer.WriteLine("public partial class " + className);
            writer.OpenBlock();
            WriteMembers(writer, members);
            writer.CloseBlock();
            if (scaffold.Namespace is not null)
            {
                writer.CloseBlock();
            }

            return writer.ToString();
        }

        /// <summary>
        /// Class names for scaffolding several jobs at once (a space's): the model name in PascalCase, unique among them
        /// (ignoring case, as file names are on some systems) by adding the environment, then the table, then a number.
        /// </summary>
        /// <param name="jobs">The jobs, in the order the names are returned.</param>
        public static IReadOnlyList<string> ClassNames(IReadOnlyList<TableImportJobDefinition> jobs)
            => ScaffoldNaming.ClassNames(jobs ?? throw new ArgumentNullException(nameof(jobs)));

        /// <summary>
        /// What the job has that the written type cannot declare (a schema's <c>exclude</c>, a list beside a prefix of the
        /// same role, ...), one sentence each: the file says each in a <c>NOT EXPRESSED</c> comment; empty when the type
        /// declares the whole job.
        /// </summary>
        /// <param name="scaffold">The job and what the definition cannot carry.</param>
        public static IReadOnlyList<string> Unexpressed(JobScaffold scaffold)
            => ScaffoldMembers.Of(scaffold ?? throw new ArgumentNullException(nameof(scaffold)), ClassNameOf(scaffold)).NotExpressed;

        private static string ClassNameOf(JobScaffold scaffold)
        {
            if (scaffold.ClassName is { } name)
            {
                if (!CSharpSyntax.IsIdentifier(name))
                {
                    throw new ArgumentException("'" + name + "' is not a C# identifier.", nameof(scaffold));
                }

                return ScaffoldNaming.IsReservedTypeName(name)
                    ? throw new ArgumentException("a class named '" + name + "' would hide or clash with a name its file uses (TableImport's ModelType, ..., the generated TableImportJob and Columns, System's DateTimeOffset, ...); choose another.", nameof(scaffold))
                    : CSharpSyntax.Escape(name);
            }

            return ScaffoldNaming.ClassNames(new[] { scaffold.Definition })[0];
        }

        private static List<string> Notes(JobScaffold scaffold, ScaffoldMembers members, ScaffoldTable table)
        {
            var notes = new List<string>(scaffold.Notes);
            if (table.Placeholders.Count > 0)
            {
                notes.Add("Replace the placeholders " + string.Join(", ", table.Placeholders) + " in [" + table.AttributeName
                          + "] with the table's coordinates before anything creates this job anew.");
            }

            foreach (var missing in members.NotExpressed)
            {
                notes.Add("NOT EXPRESSED: " + missing);
            }

            var assumed = members.Members.FindAll(m => m.IsWritten && m.TypeAssumed).ConvertAll(m => m.Name);
            if (assumed.Count > 0)
            {
                notes.Add("The column types are not known, so each member's type is assumed from its role (a timestamp DateTimeOffset, "
                          + "a score double, an identifier, label, feature or tag string, ...): " + string.Join(", ", assumed)
                          + ". Change any that differs from the table's own column: CreateTableSql declares the columns from these types.");
            }

            // What Arize's rules say of the job as written: what it still needs, or what would be refused.
            foreach (var violation in table.Written.Validate())
            {
                notes.Add((violation.IsArizeRule ? "Arize would refuse this job as it stands: " : "Advice: ") + violation.Id + " at " + violation.Field + ": " + violation.Message);
            }

            return notes;
        }

        private static string JobAttribute(TableImportJobDefinition definition, ColumnNaming naming)
        {
            var text = new StringBuilder("TableImportJob(")
                .Append(CSharpSyntax.Literal(definition.ModelName ?? ""))
                .Append(", ModelType.").Append(definition.ModelType)
                .Append(", ModelEnvironment.").Append(definition.ModelEnvironmentName);
            if (definition.ModelVersion is { Length: > 0 } version)
            {
                text.Append(", ModelVersion = ").Append(CSharpSyntax.Literal(version));
            }

            if (definition.BatchId is { Length: > 0 } batch)
            {
                text.Append(", BatchId = ").Append(CSharpSyntax.Literal(batch));
            }

            if (naming != ColumnNaming.SnakeCase)
            {
                text.Append(", ColumnNaming = ColumnNaming.").Append(naming);
            }

            // Only Snowflake jobs may be event based (TI0012); for them it is always said, true or false.
            if (definition.TableStore == TableStore.Snowflake || definition.EventBased)
            {
                text.Append(", EventBased = ").Append(definition.EventBased ? "true" : "false");
            }

            return text.Append(')').ToString();
        }

        private static string? IngestionAttribute(TableIngestionParameters? parameters)
        {
            if (parameters is null)
            {
                return null;
            }

            var values = new List<string>();
            Add(values, nameof(IngestionParametersAttribute.RowLimit), parameters.RowLimit);
            Add(values, nameof(IngestionParametersAttribute.RefreshIntervalMinutes), parameters.RefreshIntervalMinutes);
            Add(values, nameof(IngestionParametersAttribute.QueryWindowSizeHours), parameters.QueryWindowSizeHours);
            return values.Count == 0 ? null : "IngestionParameters(" + string.Join(", ", values) + ")";

            static void Add(List<string> into, string name, int? value)
            {
                if (value is { } set)
                {
                    into.Add(name + " = " + CSharpSyntax.Literal(set));
                }
            }
        }

        private static void WriteMembers(SourceWriter writer, ScaffoldMembers members)
        {
            var first = true;
            foreach (var member in members.Members)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                if (member.Source?.Note is { } note)
                {
                    Comment(writer, note);
                }

                if (!member.IsWritten)
                {
                    // A column no member type stands for: its note says why, and nothing else is written.
                    continue;
                }

                if (member.NeedsColumnName)
                {
                    writer.WriteLine("[ColumnName(" + CSharpSyntax.Literal(member.Column) + ")]");
                }

                if (member.Source?.ColumnTypeName is { } columnType)
                {
                    writer.WriteLine("[Column(TypeName = " + CSharpSyntax.Literal(columnType) + ")]");
                }

                foreach (var attribute in member.Attributes)
                {
                    writer.WriteLine("[" + attribute + "]");
                }

                var initializer = ScaffoldTypes.Initializer(member.TypeName);
                writer.WriteLine("public " + member.TypeName + " " + CSharpSyntax.Escape(member.Name) + " { get; set; }" + (initializer is null ? "" : " = " + initializer + ";"));
            }
        }

        private static IEnumerable<string> Usings(ScaffoldMembers members)
        {
            var namespaces = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var member in members.Members)
            {
                if (member.IsWritten)
                {
                    ScaffoldTypes.AddNamespaces(member.TypeName, namespaces);
                    if (member.Source?.ColumnTypeName is not null)
                    {
                        namespaces.Add("System.ComponentModel.DataAnnotations.Schema");
                    }
                }
            }

            // System's first, as the IDE sorts them, then ours.
            namespaces.Add("TableImport");
            return namespaces;
        }

        // A comment wrapped at the width of the code, so that long notes read without scrolling.
        private static void Comment(SourceWriter writer, string text)
        {
            var line = new StringBuilder("//");
            foreach (var word in text.Replace("\r", " ").Replace("\n", " ").Split(' '))
            {
                if (word.Length == 0)
                {
                    continue;
                }

                if (line.Length > 2 && line.Length + 1 + word.Length > CommentWidth)
                {
                    writer.WriteLine(line.ToString());
                    line.Clear().Append("//");
                }

                line.Append(' ').Append(word);
            }

            writer.WriteLine(line.ToString());
        }
    }
}
