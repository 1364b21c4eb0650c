using System.Collections.Generic;

namespace TableImport.Scaffolding
{
    /// <summary>
    /// The table attribute of a scaffolded job: its store's attribute with each coordinate, and a placeholder
    /// (<c>&lt;account&gt;</c>) for each one the source left empty, which the file's notes name; plus the definition as
    /// written, placeholders in, for the rules to judge.
    /// </summary>
    internal sealed class ScaffoldTable
    {
        public ScaffoldTable(string attributeName, string attribute, IReadOnlyList<string> placeholders, TableImportJobDefinition written)
        {
            AttributeName = attributeName;
            Attribute = attribute;
            Placeholders = placeholders;
            Written = written;
        }

        public string AttributeName { get; }

        /// <summary>The attribute as written, without brackets.</summary>
        public string Attribute { get; }

        /// <summary>The placeholders written, as literals.</summary>
        public IReadOnlyList<string> Placeholders { get; }

        /// <summary>The definition the written type declares: the scaffold's, with the placeholders in its table.</summary>
        public TableImportJobDefinition Written { get; }
    }

    internal static class ScaffoldTables
    {
        public static ScaffoldTable Of(TableImportJobDefinition definition)
        {
            var placeholders = new List<string>();
            var written = Copy(definition);
            var arguments = new List<string>();

            string Coordinate(string? value, string placeholder)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    arguments.Add(CSharpSyntax.Literal(value!));
                    return value!;
                }

                var text = "<" + placeholder + ">";
                placeholders.Add(CSharpSyntax.Literal(text));
                arguments.Add(CSharpSyntax.Literal(text));
                return text;
            }

            void Optional(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    arguments.Add(name + " = " + CSharpSyntax.Literal(value!));
                }
            }

            string name;
            switch (definition.TableStore)
            {
                case TableStore.Snowflake:
                    name = "SnowflakeTable";
                    var snowflake = definition.SnowflakeTableConfig ?? new SnowflakeTableConfig();
                    written.SnowflakeTableConfig = new SnowflakeTableConfig
                    {
                        AccountID = Coordinate(snowflake.AccountID, "account"),
                        Database = Coordinate(snowflake.Database, "database"),
                        Schema = Coordinate(snowflake.Schema, "schema"),
                        TableName = Coordinate(snowflake.TableName, "table"),
                    };
                    break;
                case TableStore.Databricks:
                    name = "DatabricksTable";
                    var databricks = definition.DatabricksTableConfig ?? new DatabricksTableConfig();
                    written.DatabricksTableConfig = new DatabricksTableConfig
                    {
                        HostName = Coordinate(databricks.HostName, "host"),
                        Endpoint = Coordinate(databricks.Endpoint, "endpoint"),
                        Catalog = Coordinate(databricks.Catalog, "catalog"),
                        DatabricksSchema = Coordinate(databricks.DatabricksSchema, "schema"),
                        TableName = Coordinate(databricks.TableName, "table"),
                        Port = databricks.Port,
                        AzureResourceId = databricks.AzureResourceId,
                        AzureTenantId = databricks.AzureTenantId,
                    };
                    Optional(nameof(DatabricksTableAttribute.Port), databricks.Port);
                    Optional(nameof(DatabricksTableAttribute.AzureResourceId), databricks.AzureResourceId);
                    Optional(nameof(DatabricksTableAttribute.AzureTenantId), databricks.AzureTenantId);
                    break;
                default:
                    name = "BigQueryTable";
                    var bigQuery = definition.BigQueryTableConfig ?? new BigQueryTableConfig();
                    written.BigQueryTableConfig = new BigQueryTableConfig
                    {
                        ProjectId = Coordinate(bigQuery.ProjectId, "project id"),
                        Dataset = Coordinate(bigQuery.Dataset, "dataset"),
                        TableName = Coordinate(bigQuery.TableName, "table"),
                    };
                    break;
            }

            return new ScaffoldTable(name, name + "(" + string.Join(", ", arguments) + ")", placeholders, written);
        }

        // The job with only its own store's table, as a type with one table attribute declares it.
        private static TableImportJobDefinition Copy(TableImportJobDefinition definition) => new TableImportJobDefinition
        {
            ModelName = definition.ModelName,
            ModelType = definition.ModelType,
            ModelEnvironmentName = definition.ModelEnvironmentName,
            ModelVersion = definition.ModelVersion,
            BatchId = definition.BatchId,
            TableStore = definition.TableStore,
            Schema = definition.Schema,
            TableIngestionParameters = definition.TableIngestionParameters,
            EventBased = definition.EventBased,
            JobTypeName = definition.JobTypeName,
        };
    }
}
