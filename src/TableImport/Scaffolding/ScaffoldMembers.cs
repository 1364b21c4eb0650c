using System;
using System.Collections.Generic;
using TableImport.Rules;

namespace TableImport.Scaffolding
{
    /// <summary>One member of a scaffolded job type: its column, its role attributes, its type and its name.</summary>
    internal sealed class ScaffoldMember
    {
        public ScaffoldMember(string column, ScaffoldColumn? source)
        {
            Column = column;
            Source = source;
        }

        public string Column { get; }

        /// <summary>The table's column, when its type is known.</summary>
        public ScaffoldColumn? Source { get; }

        /// <summary>Role attributes as written, without brackets: <c>PredictionId</c>, <c>EmbeddingFeature("image")</c>.</summary>
        public List<string> Attributes { get; } = new List<string>();

        public HashSet<Role> Roles { get; } = new HashSet<Role>();

        /// <summary>What the first role's column holds, for a type chosen from it.</summary>
        public ColumnContent? Content { get; set; }

        /// <summary>Whether the member is written at all: not for a column no member type stands for, unless a role needs it.</summary>
        public bool IsWritten => Source?.TypeName is not null || Roles.Count > 0;

        public string TypeName { get; set; } = "string";

        public bool TypeAssumed { get; set; }

        public string Name { get; set; } = "";

        public bool NeedsColumnName { get; set; }
    }

    /// <summary>
    /// The members, type-level prefix attributes and unexpressed parts of a scaffold, read from its definition's schema
    /// field by field with the catalog (<see cref="SchemaFields"/>): each field's columns go to members with the role
    /// attribute that fills that field, exactly as the generator reads them back (Emitter.Schema).
    /// </summary>
    internal sealed class ScaffoldMembers
    {
        // The embedding attribute's named arguments, by the embedding part each fills (featureName is its constructor's).
        private static readonly Dictionary<string, string> EmbeddingArguments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["rawDataCol"] = nameof(EmbeddingFeatureAttribute.RawDataColumn),
            ["linkToDataCol"] = nameof(EmbeddingFeatureAttribute.LinkToDataColumn),
        };

        private readonly Dictionary<string, ScaffoldMember> byColumn = new Dictionary<string, ScaffoldMember>(StringComparer.Ordinal);

        private ScaffoldMembers()
        {
        }

        public List<ScaffoldMember> Members { get; } = new List<ScaffoldMember>();

        /// <summary>Prefix attributes as written: <c>FeaturePrefix("feature_")</c>.</summary>
        public List<string> PrefixAttributes { get; } = new List<string>();

        /// <summary>What the job has that no attribute of this type can say, one sentence each.</summary>
        public List<string> NotExpressed { get; } = new List<string>();

        public ColumnNaming Naming { get; private set; }

        public static ScaffoldMembers Of(JobScaffold scaffold, string className)
        {
            var plan = new ScaffoldMembers();
            foreach (var column in scaffold.Columns)
            {
                if (!plan.byColumn.ContainsKey(column.Name))
                {
                    var member = new ScaffoldMember(column.Name, column);
                    plan.byColumn.Add(column.Name, member);
                    plan.Members.Add(member);
                }
            }

            var schema = scaffold.Definition.Schema ?? new TableImportSchema();
            var prefixes = plan.ReadPrefixes(schema);
            foreach (var field in SchemaFields.All)
            {
                plan.Read(field, schema, prefixes);
            }

            plan.MarkPrefixed(prefixes);
            plan.ChooseTypes(scaffold.Definition.ModelType);
            plan.ChooseNames(className);
            return plan;
        }

        // The prefixes first: a list of the same role cannot be said beside one (the generator then sends the prefix alone).
        private Dictionary<SchemaField, string> ReadPrefixes(TableImportSchema schema)
        {
            var prefixes = new Dictionary<SchemaField, string>();
            foreach (var field in SchemaFields.All)
            {
                if (field.Kind != SchemaFieldKind.Prefix || field.GetText(schema) is not { Length: > 0 } prefix)
                {
                    continue;
                }

                if (PrefixAttributeOf(field.Content) is { } attribute)
                {
                    PrefixAttributes.Add(attribute + "(" + CSharpSyntax.Literal(prefix) + ")");
                    prefixes[field] = prefix;
                }
                else
                {
                    NotExpressed.Add(field.Path + " is " + CSharpSyntax.Literal(prefix) + ", which no attribute of a job type declares.");
                }
            }

            return prefixes;
        }

        private void Read(SchemaField field, TableImportSchema schema, Dictionary<SchemaField, string> prefixes)
        {
            switch (field.Kind)
            {
                case SchemaFieldKind.Column:
                    if (field.GetText(schema) is { Length: > 0 } column)
                    {
                        Fill(field.Path, column, field.Role, field.Content);
                    }

                    break;
                case SchemaFieldKind.ColumnList:
                    ReadList(field, field.GetList(schema), prefixes);
                    break;
                case SchemaFieldKind.Embeddings:
                    foreach (var embedding in field.GetEmbeddings(schema) ?? Array.Empty<EmbeddingFeatureColumns>())
                    {
                        ReadEmbedding(field, embedding);
                    }

                    break;
                case SchemaFieldKind.ObjectDetection:
                    if (field.GetBoxes(schema) is { } boxes)
                    {
                        foreach (var part in field.Parts)
                        {
                            if (part.Get(boxes) is { Length: > 0 } boxColumn)
                            {
                                Fill(field.Path + "." + part.GraphQLName, boxColumn, part.Role, part.Content);
                            }
                        }
                    }

                    break;
            }
        }

        private void ReadList(SchemaField field, IReadOnlyList<string>? columns, Dictionary<SchemaField, string> prefixes)
        {
            if (columns is not { Count: > 0 })
            {
                return;
            }

            var listed = string.Join(", ", Quoted(columns));
            if (field.Role is null)
            {
                NotExpressed.Add(field.Path + " lists " + listed + ", which no attribute of a job type declares: this type's job sends no "
                                 + field.GraphQLName + ", so `tableimport plan` shows " + field.Path + " as a change and registration would clear it.");
                return;
            }

            foreach (var prefix in prefixes)
            {
                if (prefix.Key.Content == field.Content)
                {
                    NotExpressed.Add(field.Path + " lists " + listed + " beside the prefix " + CSharpSyntax.Literal(prefix.Value) + " (" + prefix.Key.Path
                                     + "): a job type with a prefix sends no list, so `tableimport plan` shows " + field.Path + " as a change.");
                    return;
                }
            }

            foreach (var column in columns)
            {
                Fill(field.Path, column, field.Role, field.Content);
            }
        }

        private void ReadEmbedding(SchemaField field, EmbeddingFeatureColumns embedding)
        {
            string? vector = null;
            var arguments = "";
            foreach (var part in field.Parts)
            {
                var value = part.Get(embedding);
                if (part.Role is not null)
                {
                    vector = value;
                }
                else if (part.Content is not null && !string.IsNullOrEmpty(value))
                {
                    if (EmbeddingArguments.TryGetValue(part.GraphQLName, out var argument))
                    {
                        arguments += ", " + argument + " = " + CSharpSyntax.Literal(value!);
                    }
                    else
                    {
                        NotExpressed.Add(field.Path + "." + part.GraphQLName + " of embedding " + CSharpSyntax.Literal(embedding.FeatureName) + " is " + CSharpSyntax.Literal(value!) + ", which [EmbeddingFeature] cannot declare.");
                    }
                }
            }

            if (string.IsNullOrEmpty(vector))
            {
                NotExpressed.Add("Embedding " + CSharpSyntax.Literal(embedding.FeatureName) + " names no vector column, and [EmbeddingFeature] goes on the vector's member.");
                return;
            }

            var member = MemberOf(vector!);
            if (member.Roles.Contains(Role.EmbeddingFeature))
            {
                NotExpressed.Add("Embedding " + CSharpSyntax.Literal(embedding.FeatureName) + " shares its vector column " + CSharpSyntax.Literal(vector!)
                                 + " with another embedding, and a member carries one [EmbeddingFeature]: it is left out of this type.");
                return;
            }

            member.Roles.Add(Role.EmbeddingFeature);
            member.Attributes.Add("EmbeddingFeature(" + CSharpSyntax.Literal(embedding.FeatureName) + arguments + ")");
            member.Content ??= ColumnContent.EmbeddingVector;
        }

        private void Fill(string path, string column, Role? role, ColumnContent? content)
        {
            if (role is not { } filled)
            {
                NotExpressed.Add(path + " is " + CSharpSyntax.Literal(column) + ", which no role attribute declares.");
                return;
            }

            var member = MemberOf(column);
            if (!member.Roles.Add(filled))
            {
                NotExpressed.Add(path + " names column " + CSharpSyntax.Literal(column) + " twice, and one member carries [" + filled + "] once.");
                return;
            }

            // A role's name is its attribute's, without "Attribute" (Rules/Role.cs).
            member.Attributes.Add(filled.ToString());
            member.Content ??= content;
        }

        // A column a prefix covers is of the prefix's role whether or not it is marked (TI0014): mark the unmarked ones.
        private void MarkPrefixed(Dictionary<SchemaField, string> prefixes)
        {
            foreach (var prefix in prefixes)
            {
                if (prefix.Key.Role is not { } role)
                {
                    continue;
                }

                foreach (var member in Members)
                {
                    if (member.Roles.Count == 0 && member.Source?.TypeName is not null && member.Column.StartsWith(prefix.Value, StringComparison.Ordinal))
                    {
                        member.Roles.Add(role);
                        member.Attributes.Add(role.ToString());
                        member.Content = prefix.Key.Content;
                    }
                }
            }
        }

        private void ChooseTypes(ModelType modelType)
        {
            foreach (var member in Members)
            {
                if (member.Source?.TypeName is { } known)
                {
                    member.TypeName = known;
                }
                else if (member.IsWritten)
                {
                    member.TypeName = ScaffoldTypes.ForContent(member.Content, modelType);
                    member.TypeAssumed = true;
                }
            }
        }

        private void ChooseNames(string className)
        {
            var written = Members.FindAll(m => m.IsWritten);
            var columns = written.ConvertAll(m => m.Column);
            Naming = ScaffoldNaming.ChoosePolicy(columns);
            var names = ScaffoldNaming.NameMembers(Naming, columns, className);
            for (var i = 0; i < written.Count; i++)
            {
                written[i].Name = names[i].Name;
                written[i].NeedsColumnName = names[i].NeedsColumnName;
            }
        }

        private ScaffoldMember MemberOf(string column)
        {
            if (!byColumn.TryGetValue(column, out var member))
            {
                member = new ScaffoldMember(column, null);
                byColumn.Add(column, member);
                Members.Add(member);
            }

            return member;
        }

        // The prefix attributes by what their columns hold, as the generator reads them (Emitter.Schema's PrefixOf).
        private static string? PrefixAttributeOf(ColumnContent? content)
            => content == ColumnContent.Feature ? "FeaturePrefix"
                : content == ColumnContent.Tag ? "TagPrefix"
                : content == ColumnContent.ShapValue ? "ShapPrefix"
                : null;

        private static IEnumerable<string> Quoted(IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                yield return CSharpSyntax.Literal(value);
            }
        }
    }
}
