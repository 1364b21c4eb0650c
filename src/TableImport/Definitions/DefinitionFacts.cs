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

        private static void AddSchema(JobFacts facts, TableImportSchema schema)
        {
            Column(facts, Role.PredictionId, schema.PredictionId);
            Column(facts, Role.PredictionTimestamp, schema.Timestamp);
            Column(facts, Role.ChangeTimestamp, schema.ChangeTimestamp);
            Column(facts, Role.PredictionLabel, schema.PredictionLabel);
            Column(facts, Role.PredictionScore, schema.PredictionScore);
            Column(facts, Role.ActualLabel, schema.ActualLabel);
            Column(facts, Role.ActualScore, schema.ActualScore);
            Column(facts, Role.ModelVersion, schema.Version);
            Column(facts, Role.BatchIdColumn, schema.BatchId);
            Columns(facts, Role.Feature, schema.FeaturesList);
            Columns(facts, Role.Tag, schema.TagsList);
            Column(facts, Role.PredictionGroupId, schema.PredictionGroupId);
            Column(facts, Role.Rank, schema.Rank);
            Column(facts, Role.RelevanceScore, schema.RelevanceScore);
            Column(facts, Role.RelevanceLabel, schema.RelevanceLabel);
            Column(facts, Role.PredictionScores, schema.PredictionScores);
            Column(facts, Role.ActualScores, schema.ActualScores);
            Column(facts, Role.ThresholdScores, schema.ThresholdScores);
            Column(facts, Role.PredictionBoundingBoxCoordinates, schema.PredictionObjectDetection?.BoundingBoxesCoordinatesColumnName);
            Column(facts, Role.PredictionBoundingBoxCategories, schema.PredictionObjectDetection?.BoundingBoxesCategoriesColumnName);
            Column(facts, Role.PredictionBoundingBoxScores, schema.PredictionObjectDetection?.BoundingBoxesScoresColumnName);
            Column(facts, Role.ActualBoundingBoxCoordinates, schema.ActualObjectDetection?.BoundingBoxesCoordinatesColumnName);
            Column(facts, Role.ActualBoundingBoxCategories, schema.ActualObjectDetection?.BoundingBoxesCategoriesColumnName);
            Column(facts, Role.ActualBoundingBoxScores, schema.ActualObjectDetection?.BoundingBoxesScoresColumnName);
            facts.FeaturePrefix = schema.Features;
            facts.TagPrefix = schema.Tags;
            facts.ShapPrefix = schema.ShapValues;

            foreach (var embedding in schema.EmbeddingFeatures ?? new List<EmbeddingFeatureColumns>())
            {
                // A null item is an empty one: the engine reports its empty names rather than skip it.
                var item = embedding ?? new EmbeddingFeatureColumns();
                Column(facts, Role.EmbeddingFeature, item.VectorCol ?? "");
                facts.Embeddings.Add(new EmbeddingFact(item.FeatureName, item.RawDataCol, item.LinkToDataCol, null));
            }
        }

        private static void Column(JobFacts facts, Role role, string? column)
        {
            if (column is not null)
            {
                facts.Columns.Add(new ColumnFact(column, role, null));
            }
        }

        private static void Columns(JobFacts facts, Role role, IReadOnlyList<string>? columns)
        {
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
