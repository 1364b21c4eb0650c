using System.Collections.Generic;
using System.Globalization;

namespace TableImport.Rules
{
    /// <summary>
    /// The one rule engine: every Arize rule and every piece of advice of the rulebook, judged on plain
    /// <see cref="JobFacts"/>. The analyzer, <c>TableImportJobDefinition.Validate()</c>, the client and the emulator all
    /// call it, so none of them can judge a job differently. The C# rules (a type's shape, member types) stay in the
    /// analyzer: a definition has no C# type to judge.
    /// </summary>
    internal static partial class RuleEngine
    {
        /// <summary>Every rule <paramref name="job"/> breaks, Arize rules and advice, in a stable order.</summary>
        public static List<TableImportRuleViolation> Evaluate(JobFacts job)
        {
            var results = new List<TableImportRuleViolation>();
            var roles = new HashSet<Role>();
            foreach (var column in job.Columns)
            {
                if (column.Role is { } role)
                {
                    roles.Add(role);
                }
            }

            CheckModelName(job, results);
            CheckTables(job, results);
            CheckEventBased(job, results);
            CheckIngestion(job, results);
            CheckPrefixes(job, results);
            CheckRequiredRoles(job, roles, results);
            CheckRequiredColumns(job, roles, results);
            CheckRolesAllowed(job, results);
            CheckColumnNames(job, results);
            CheckDuplicateColumns(job, results);
            CheckReservedNames(job, results);
            CheckUnmarkedPrefixed(job, results);
            CheckEmbeddings(job, results);
            return results;
        }

        private static void Add(List<TableImportRuleViolation> results, string id, string field, string message, RuleSite site = RuleSite.Job, string? member = null, Role? role = null, int index = 0)
            => results.Add(new TableImportRuleViolation(id, field, message, site, member, role, index));

        private static void CheckModelName(JobFacts job, List<TableImportRuleViolation> results)
        {
            if (job.ModelName is { } name && string.IsNullOrWhiteSpace(name))
            {
                Add(results, RuleIds.EmptyName, "modelName",
                    job.Subject + " has an empty model name (modelName); Arize needs a name here, so write one.", RuleSite.ModelName);
            }
        }

        private static void CheckTables(JobFacts job, List<TableImportRuleViolation> results)
        {
            var tables = job.Tables;
            if (tables.Count == 0)
            {
                var field = job.DeclaredStore is { } store ? TableStores.ConfigField(store) : "tableStore";
                var wanted = job.DeclaredStore is { } declared
                    ? "tableStore is " + declared + " but " + TableStores.ConfigField(declared) + " is not set; set it"
                    : "add one [BigQueryTable], [SnowflakeTable] or [DatabricksTable]";
                Add(results, RuleIds.InvalidTable, field, job.Subject + " reads no table: " + wanted + ".");
                return;
            }

            if (tables.Count > 1)
            {
                var names = string.Join(", ", tables.ConvertAll(t => TableStores.Describe(t.Store)));
                for (var i = 1; i < tables.Count; i++)
                {
                    Add(results, RuleIds.InvalidTable, TableStores.ConfigField(tables[i].Store),
                        job.Subject + " declares " + tables.Count + " tables (" + names + ") but a job reads exactly one; remove all but one.",
                        RuleSite.Table, index: i);
                }
            }
            else if (job.DeclaredStore is { } declared && declared != tables[0].Store)
            {
                Add(results, RuleIds.InvalidTable, "tableStore",
                    job.Subject + " has tableStore " + declared + " but its table is a " + TableStores.ConfigField(tables[0].Store)
                    + "; set tableStore to " + tables[0].Store + ", or give a " + TableStores.ConfigField(declared) + " instead.");
            }

            for (var i = 0; i < tables.Count; i++)
            {
                var table = tables[i];
                foreach (var coordinate in TableStores.RequiredCoordinates(table.Store))
                {
                    if (string.IsNullOrWhiteSpace(table.Coordinate(coordinate)))
                    {
                        var field = TableStores.ConfigField(table.Store) + "." + coordinate;
                        Add(results, RuleIds.InvalidTable, field,
                            job.Subject + " has an empty " + table.Store + " table coordinate '" + coordinate + "' (" + field + "); set it to the table's " + coordinate + ".",
                            RuleSite.Table, index: i);
                    }
                }
            }
        }

        private static void CheckEventBased(JobFacts job, List<TableImportRuleViolation> results)
        {
            if (!job.EventBased)
            {
                return;
            }

            var store = job.DeclaredStore ?? (job.Tables.Count > 0 ? job.Tables[0].Store : (TableStore?)null);
            if (store is { } s && s != TableStore.Snowflake)
            {
                Add(results, RuleIds.EventBasedNotSnowflake, "tableStore",
                    job.Subject + " is event-based but reads a " + s + " table; event-based jobs exist for Snowflake only, so make it an ongoing job (no EventBased) or read a Snowflake table.",
                    RuleSite.EventBased);
            }
        }

        private static void CheckIngestion(JobFacts job, List<TableImportRuleViolation> results)
        {
            CheckParameter(job, results, "RowLimit", "rowLimit", job.RowLimit, 1, "at least 1");
            CheckParameter(job, results, "RefreshIntervalMinutes", "refreshIntervalMinutes", job.RefreshIntervalMinutes, 1, "at least 1");
            CheckParameter(job, results, "QueryWindowSizeHours", "queryWindowSizeHours", job.QueryWindowSizeHours, 0, "0 (no upper bound) or more");
        }

        private static void CheckParameter(JobFacts job, List<TableImportRuleViolation> results, string name, string graphQLName, int? value, int minimum, string range)
        {
            if (value is { } v && v < minimum)
            {
                var field = "tableIngestionParameters." + graphQLName;
                Add(results, RuleIds.IngestionParameterOutOfRange, field,
                    name + " = " + v.ToString(CultureInfo.InvariantCulture) + " (" + field + ") of " + LowerFirst(job.Subject) + " is out of range; it must be " + range + ".",
                    RuleSite.Ingestion);
            }
        }

        private static void CheckPrefixes(JobFacts job, List<TableImportRuleViolation> results)
        {
            CheckPrefix(job, results, job.FeaturePrefix, "[FeaturePrefix] prefix (schema.features)", "schema.features", RuleSite.FeaturePrefix);
            CheckPrefix(job, results, job.TagPrefix, "[TagPrefix] prefix (schema.tags)", "schema.tags", RuleSite.TagPrefix);
            CheckPrefix(job, results, job.ShapPrefix, "[ShapPrefix] prefix (schema.shapValues)", "schema.shapValues", RuleSite.ShapPrefix);
        }

        private static void CheckPrefix(JobFacts job, List<TableImportRuleViolation> results, string? prefix, string what, string field, RuleSite site)
        {
            if (prefix is not null && string.IsNullOrWhiteSpace(prefix))
            {
                Add(results, RuleIds.EmptyName, field, EmptyMessage(job, what), site);
            }
        }

        private static void CheckRequiredRoles(JobFacts job, HashSet<Role> roles, List<TableImportRuleViolation> results)
        {
            if (!roles.Contains(Role.PredictionId))
            {
                Add(results, RuleIds.MissingPredictionId, RoleFields.Of(Role.PredictionId),
                    job.Subject + " maps no prediction id " + RoleFields.Describe(Role.PredictionId)
                    + "; without one Arize cannot join delayed actuals to predictions. Map the column that holds the prediction id.");
            }

            if (!roles.Contains(Role.ChangeTimestamp))
            {
                Add(results, RuleIds.MissingChangeTimestamp, RoleFields.Of(Role.ChangeTimestamp),
                    job.Subject + " maps no change timestamp " + RoleFields.Describe(Role.ChangeTimestamp)
                    + "; table imports ingest incrementally by it, so Arize rejects the job without one. Map the date/time column that changes when a row is written.");
            }

            if (!roles.Contains(Role.PredictionTimestamp))
            {
                Add(results, RuleIds.MissingPredictionTimestamp, RoleFields.Of(Role.PredictionTimestamp),
                    job.Subject + " maps no prediction timestamp " + RoleFields.Describe(Role.PredictionTimestamp)
                    + ", so Arize will use the ingestion time as each prediction's time; map the column that holds when the prediction was made.");
            }

            if (job.Environment == ModelEnvironment.Validation && string.IsNullOrWhiteSpace(job.BatchId) && !roles.Contains(Role.BatchIdColumn))
            {
                Add(results, RuleIds.ValidationWithoutBatchId, "batchId",
                    job.Subject + " imports into the Validation environment, which requires a batch id; set BatchId (batchId) on the job or map a batch id column "
                    + RoleFields.Describe(Role.BatchIdColumn) + ".");
            }
        }

        private static void CheckRequiredColumns(JobFacts job, HashSet<Role> roles, List<TableImportRuleViolation> results)
        {
            if (job.ModelType is not { } modelType || job.Environment is not { } environment)
            {
                return;
            }

            if (RequiredColumns.Check(modelType, environment, roles.Contains) is { } problem)
            {
                Add(results, RuleIds.MissingRequiredColumns, problem.Field,
                    job.Subject + " (" + modelType + " model, " + environment + " environment) cannot be imported: " + problem.Reason + ".");
            }
        }

        private static string EmptyMessage(JobFacts job, string what)
            => "The " + what + " of " + LowerFirst(job.Subject) + " is empty or whitespace; Arize needs a name here, so write one.";

        // "Job type 'X'" reads "job type 'X'" inside a sentence.
        private static string LowerFirst(string text)
            => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

        private static string UpperFirst(string text)
            => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
