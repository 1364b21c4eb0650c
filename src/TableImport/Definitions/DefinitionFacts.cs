using System.Collections.Generic;
using TableImport.Rules;

namespace TableImport
{
    /// <summary>
    /// Reads a definition into the rule engine's facts: each schema field that names a column becomes a column in that
    /// field's role. What a definition does not carry (members, columns behind a prefix) the engine does not see.
    /// </summary>
    internal static class DefinitionFacts
    {
        public static JobFacts Of(TableImportJobDefinition definition)
        {
            var subject = definition.JobTypeName is { } type ? "Job type '" + type + "'"
                : string.IsNullOrWhiteSpace(definition.ModelName) ? "Job (no model name)"
                : "Job '" + definition.ModelName + "'";
            var facts = new JobFacts(subject)
            {
                ModelName = definition.ModelName ?? "",
                ModelType = Known(definition.ModelType),
                Environment = Known(definition.ModelEnvironmentName),
                BatchId = definition.BatchId,
                EventBased = definition.EventBased,
                DeclaredStore = Known(definition.TableStore),
                RowLimit = definition.TableIngestionParameters?.RowLimit,
                RefreshIntervalMinutes = definition.TableIngestionParameters?.RefreshIntervalMinutes,
                QueryWindowSizeHours = definition.TableIngestionParameters?.QueryWindowSizeHours,
            };

            if (definition.BigQueryTableConfig is { } bigQuery)
            {
                facts.Tables.Add(new TableFact(TableStore.BigQuery, new Dictionary<string, string?>
                {
                    ["projectId"] = bigQuery.ProjectId, ["dataset"] = bigQuery.Dataset, ["tableName"] = bigQuery.TableName,
                }));
            }

            if (definition.SnowflakeTableConfig is { } snowflake)
            {
                facts.Tables.Add(new TableFact(TableStore.Snowflake, new Dictionary<string, string?>
                {
                    ["accountID"] = snowflake.AccountID, ["database"] = snowflake.Database, ["schema"] = snowflake.Schema, ["tableName"] = snowflake.TableName,
                }));
            }

            if (definition.DatabricksTableConfig is { } databricks)
            {
                facts.Tables.Add(new TableFact(TableStore.Databricks, new Dictionary<string, string?>
                {
                    ["hostName"] = databricks.HostName, ["endpoint"] = databricks.Endpoint, ["port"] = databricks.Port,
                    ["azureResourceId"] = databricks.AzureResourceId, ["azureTenantId"] = databricks.AzureTenantId,
                    ["catalog"] = databricks.Catalog, ["databricksSchema"] = databricks.DatabricksSchema, ["tableName"] = databricks.TableName,
                }));
            }

            AddSchema(facts, definition.Schema ?? new TableImportSchema());
            return facts;
        }

        // Field by field from the catalog: each field that names a column becomes a column in its role; a prefix is the
        // engine's prefix of its content.
        private static void AddSchema(JobFacts facts, TableImportSchema schema)
        {
            foreach (var field in SchemaFields.All)
            {
                switch (field.Kind)
                {
                    case SchemaFieldKind.Column:
                        Column(facts, field.Role, field.GetText(schema));
                        break;
                    case SchemaFieldKind.ColumnList:
                        Columns(facts, field.Role, field.GetList(schema));
                        break;
                    case SchemaFieldKind.Prefix:
                        SetPrefix(facts, field.Content, field.GetText(schema));
                        break;
                    case SchemaFieldKind.ObjectDetection:
                        if (field.GetBoxes(schema) is { } boxes)
                        {
                            foreach (var part in field.Parts)
                            {
                                Column(facts, part.Role, part.Get(boxes));
                            }
                        }

                        break;
                    case SchemaFieldKind.Embeddings:
                        foreach (var embedding in field.GetEmbeddings(schema) ?? new List<EmbeddingFeatureColumns>())
                        {
                            // A null item is an empty one: the engine reports its empty names rather than skip it.
                            var item = embedding ?? new EmbeddingFeatureColumns();
                            Column(facts, field.Role, item.VectorCol ?? "");
                            facts.Embeddings.Add(new EmbeddingFact(item.FeatureName, item.RawDataCol, item.LinkToDataCol, null));
                        }

                        break;
                }
            }
        }

        private static void SetPrefix(JobFacts facts, ColumnContent? content, string? prefix)
        {
            switch (content)
            {
                case ColumnContent.Feature: facts.FeaturePrefix = prefix; break;
                case ColumnContent.Tag: facts.TagPrefix = prefix; break;
                case ColumnContent.ShapValue: facts.ShapPrefix = prefix; break;
            }
        }

        private static void Column(JobFacts facts, Role? role, string? column)
        {
            if (role is not null && column is not null)
            {
                facts.Columns.Add(new ColumnFact(column, role, null));
            }
        }

        private static void Columns(JobFacts facts, Role? role, IReadOnlyList<string>? columns)
        {
            if (role is null)
            {
                return;
            }

            foreach (var column in columns ?? new List<string>())
            {
                facts.Columns.Add(new ColumnFact(column ?? "", role, null));
            }
        }

        // A value outside the enum (a cast number) is no model type at all: the rules that need one skip it, and the
        // request writer refuses it.
        private static T? Known<T>(T value)
            where T : struct
            => System.Enum.IsDefined(typeof(T), value) ? value : null;
    }
}
