using System;
using System.Collections.Generic;
using TableImport.Rules;

namespace TableImport.Scaffolding
{
    /// <summary>
    /// A job type from a warehouse table's columns: one member per column, typed by the warehouse type table read
    /// backwards, with a role where the column's name says which (<c>prediction_id</c>, <c>change_timestamp</c>,
    /// <c>feature_</c> columns, ...), and the rest without one, so that the analyzers say what the job still needs.
    /// </summary>
    public static class TableScaffolds
    {
        // A column named like one of these ends is an embedding's vector when it holds a list of floats.
        private static readonly string[] VectorSuffixes = { "_vector", "_embedding" };

        /// <summary>
        /// The scaffold of a job over a DuckDB table (the emulator's local warehouse), from its columns as
        /// <c>information_schema.columns</c> gives them. The job's table is <paramref name="request"/>'s schema and table
        /// in its store, the name the emulator over the same file finds; the store's other coordinates are placeholders.
        /// </summary>
        /// <param name="request">The model, environment, store, schema and table.</param>
        /// <param name="columns">The table's columns, in table order.</param>
        public static JobScaffold FromDuckDb(TableScaffoldRequest request, IReadOnlyList<WarehouseColumn> columns)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (columns is null)
            {
                throw new ArgumentNullException(nameof(columns));
            }

            var definition = Definition(request);
            var scaffold = new JobScaffold(definition) { ClassName = request.ClassName, Namespace = request.Namespace };
            var inference = new RoleInference(definition);
            foreach (var column in columns)
            {
                var token = WarehouseColumnTypes.TokenOfDuckDb(column.DataType);
                string? columnTypeName = null;
                var type = token is null ? null : ScaffoldTypes.FromToken(token, column.IsNullable, out columnTypeName);
                if (token is null || type is null)
                {
                    scaffold.Columns.Add(ScaffoldColumn.Unsupported(column.Name,
                        "Column " + CSharpSyntax.Literal(column.Name) + " is " + column.DataType + ", which no member type gives back in CreateTableSql "
                        + "(docs/warehouse-types.md): it is left out of this type; add a member for it if the job needs it."));
                    continue;
                }

                var scaffolded = new ScaffoldColumn(column.Name, type) { ColumnTypeName = columnTypeName };
                scaffold.Columns.Add(scaffolded);
                inference.Infer(scaffolded, token);
            }

            inference.Finish();
            scaffold.Source = "Scaffolded by `tableimport scaffold table` from the DuckDB table "
                              + CSharpSyntax.Literal(request.SchemaName) + "." + CSharpSyntax.Literal(request.TableName) + ".";
            return scaffold;
        }

        private static TableImportJobDefinition Definition(TableScaffoldRequest request)
        {
            var definition = new TableImportJobDefinition
            {
                ModelName = request.ModelName,
                ModelType = request.ModelType,
                ModelEnvironmentName = request.Environment,
                TableStore = request.Store,
            };

            // Only the schema and the table are in the local file: the rest are the writer's placeholders.
            switch (request.Store)
            {
                case TableStore.Snowflake:
                    definition.SnowflakeTableConfig = new SnowflakeTableConfig { Schema = request.SchemaName, TableName = request.TableName };
                    break;
                case TableStore.Databricks:
                    definition.DatabricksTableConfig = new DatabricksTableConfig { DatabricksSchema = request.SchemaName, TableName = request.TableName };
                    break;
                default:
                    definition.BigQueryTableConfig = new BigQueryTableConfig { Dataset = request.SchemaName, TableName = request.TableName };
                    break;
            }

            return definition;
        }

        /// <summary>Roles from column names, by the catalog: each field's and each role's name in snake_case.</summary>
        private sealed class RoleInference
        {
            private readonly TableImportJobDefinition definition;
            private readonly Dictionary<string, RoleField> byName = new Dictionary<string, RoleField>(StringComparer.Ordinal);
            private readonly Dictionary<Role, string> taken = new Dictionary<Role, string>();
            private readonly Dictionary<SchemaField, string> prefixes = new Dictionary<SchemaField, string>();
            private readonly List<EmbeddingFeatureColumns> embeddings = new List<EmbeddingFeatureColumns>();

            public RoleInference(TableImportJobDefinition definition)
            {
                this.definition = definition;
                foreach (Role role in Enum.GetValues(typeof(Role)))
                {
                    var target = SchemaFields.Of(role);
                    // Features, tags and embeddings are found by their prefix and by their vectors' type, not by one name.
                    if (target.Field.Kind is SchemaFieldKind.Column or SchemaFieldKind.ObjectDetection)
                    {
                        Add(Snake(role.ToString()), target);
                        if (target.Part is null)
                        {
                            Add(Snake(target.Field.GraphQLName), target);
                        }
                    }
                }
            }

            public void Infer(ScaffoldColumn column, string token)
            {
                var name = column.Name.ToLowerInvariant();
                if (byName.TryGetValue(name, out var target))
                {
                    Assign(column, target);
                }
                else if (Prefixed(column, name))
                {
                    // Marked by the writer as its prefix's role (a column a prefix covers is of that role).
                }
                else if ((token == "Single[]" || token == "Double[]") && Vector(name) is { } feature)
                {
                    embeddings.Add(new EmbeddingFeatureColumns { FeatureName = column.Name.Substring(0, feature), VectorCol = column.Name });
                }
            }

            public void Finish()
            {
                var schema = definition.Schema;
                foreach (var prefix in prefixes)
                {
                    prefix.Key.SetText(schema, prefix.Value);
                }

                if (embeddings.Count > 0)
                {
                    SchemaFields.Of(Role.EmbeddingFeature).Field.SetEmbeddings(schema, embeddings);
                }
            }

            private void Assign(ScaffoldColumn column, RoleField target)
            {
                var role = RoleOf(target);
                if (!target.IsAllowedFor(definition.ModelType))
                {
                    column.Note = "Named like [" + role + "], which " + GraphQLNames.Of(definition.ModelType) + " models do not take (TI0009): left without a role.";
                }
                else if (taken.TryGetValue(role, out var other))
                {
                    column.Note = "Named like [" + role + "] too, which column " + CSharpSyntax.Literal(other) + " has: left without a role.";
                }
                else
                {
                    taken.Add(role, column.Name);
                    var schema = definition.Schema;
                    if (target.Part is { } part)
                    {
                        var boxes = target.Field.GetBoxes(schema) ?? new ObjectDetectionColumns();
                        part.Set(boxes, column.Name);
                        target.Field.SetBoxes(schema, boxes);
                    }
                    else
                    {
                        target.Field.SetText(schema, column.Name);
                    }
                }
            }

            // feature_ and tag_ columns: the prefix, spelt as the first such column spells it.
            private bool Prefixed(ScaffoldColumn column, string name)
            {
                foreach (var field in SchemaFields.All)
                {
                    if (field.Kind != SchemaFieldKind.Prefix || field.Role is not { } role)
                    {
                        continue;
                    }

                    var prefix = Snake(role.ToString()) + "_";
                    if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        var spelt = column.Name.Substring(0, prefix.Length);
                        if (!prefixes.TryGetValue(field, out var existing))
                        {
                            prefixes.Add(field, spelt);
                        }
                        else if (existing != spelt)
                        {
                            column.Note = "Starts with " + CSharpSyntax.Literal(spelt) + ", not the prefix " + CSharpSyntax.Literal(existing) + " the other columns spell: left without a role.";
                        }

                        return true;
                    }
                }

                return false;
            }

            private static int? Vector(string name)
            {
                foreach (var suffix in VectorSuffixes)
                {
                    if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        return name.Length - suffix.Length;
                    }
                }

                return null;
            }

            private void Add(string name, RoleField target)
            {
                if (!byName.ContainsKey(name))
                {
                    byName.Add(name, target);
                }

                // A timestamp's column is often named _ts: prediction_ts, change_ts.
                const string Timestamp = "_timestamp";
                if (name.EndsWith(Timestamp, StringComparison.Ordinal))
                {
                    Add(name.Substring(0, name.Length - Timestamp.Length) + "_ts", target);
                }
            }

            private static Role RoleOf(RoleField target) => target.Part?.Role ?? target.Field.Role!.Value;

            private static string Snake(string name) => ColumnNamer.Apply(ColumnNaming.SnakeCase, name);
        }
    }
}
