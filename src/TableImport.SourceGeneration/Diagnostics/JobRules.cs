using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>
    /// Every rule that concerns one job type, as pure functions of its <see cref="JobModel"/>. Rules that need the whole
    /// compilation (TI0019) or a type without <c>[TableImportJob]</c> (TI0020) live in the analyzer.
    /// </summary>
    internal static partial class JobRules
    {
        public static ImmutableArray<DiagnosticInfo> Evaluate(JobModel model)
        {
            var context = new RuleContext(model);
            CheckShape(context);
            CheckRequiredMembers(context);
            CheckRequiredColumns(context);
            CheckTables(context);
            CheckJobAttribute(context);
            CheckIngestion(context);
            CheckPrefixes(context);
            CheckMembers(context);
            CheckDuplicateRoles(context);
            CheckDuplicateColumns(context);
            CheckEmbeddings(context);
            return context.Results.ToImmutable();
        }

        /// <summary>
        /// What makes two job types the same Arize job (TI0019), or null when the job is too incomplete to have an
        /// identity (other rules report that).
        /// </summary>
        public static JobIdentity? IdentityOf(JobModel model)
        {
            if (model.Job.ModelName is not { } name || model.Job.Environment is not { } environment || model.Tables.Count != 1)
            {
                return null;
            }

            var table = model.Tables[0];
            var coordinates = string.Join(".", table.Fields.Where(f => f.IsRequired).Select(f => f.Value ?? ""));
            return new JobIdentity(name, environment, table.Store + " " + coordinates);
        }

        private static void CheckShape(RuleContext c)
        {
            // A containing type that is not partial is reported by the analyzer on that type's own symbol, so that the
            // diagnostic is local to the declaration it asks to change (and the IDE can offer the fix there).
            var type = c.Model.Type;
            if (!type.IsPartial)
            {
                c.Report(DiagnosticIds.JobTypeNotPartial, type.Location, type.Name, type.DisplayName);
            }

            if (type.IsGeneric)
            {
                c.Report(DiagnosticIds.JobTypeGeneric, type.Location, type.DisplayName);
            }
        }

        private static void CheckRequiredMembers(RuleContext c)
        {
            if (!c.Has(Role.PredictionId))
            {
                var candidate = c.Unmapped(m => string.Equals(m.Column, "prediction_id", StringComparison.OrdinalIgnoreCase))
                                ?? c.Unmapped(m => m.Name == "PredictionId")
                                ?? c.Unmapped(m => m.Name == "Id");
                c.ReportMissing(DiagnosticIds.MissingPredictionId, Role.PredictionId, candidate);
            }

            if (!c.Has(Role.ChangeTimestamp))
            {
                c.ReportMissing(DiagnosticIds.MissingChangeTimestamp, Role.ChangeTimestamp, c.OnlyUnmappedDateTime());
            }

            if (!c.Has(Role.PredictionTimestamp))
            {
                c.ReportMissing(DiagnosticIds.MissingPredictionTimestamp, Role.PredictionTimestamp, c.OnlyUnmappedDateTime());
            }

            if (c.Model.Job.Environment == EnvironmentValue.Validation
                && string.IsNullOrWhiteSpace(c.Model.Job.BatchId)
                && !c.Has(Role.BatchIdColumn))
            {
                c.Report(DiagnosticIds.ValidationWithoutBatchId, c.TypeLocation, c.TypeName);
            }
        }

        private static void CheckRequiredColumns(RuleContext c)
        {
            if (c.Model.Job.ModelType is not { } modelType || c.Model.Job.Environment is not { } environment)
            {
                return;
            }

            var reason = RequiredColumns.Check(modelType, environment, c.Has);
            if (reason is not null)
            {
                c.Report(DiagnosticIds.MissingRequiredColumns, c.TypeLocation, c.TypeName, modelType.ToString(), environment.ToString(), reason);
            }
        }

        private static void CheckTables(RuleContext c)
        {
            var tables = c.Model.Tables;
            if (tables.Count == 0)
            {
                c.Report(DiagnosticIds.InvalidTable, c.TypeLocation, c.TypeName,
                    "reads no table; add one [BigQueryTable], [SnowflakeTable] or [DatabricksTable] attribute");
                return;
            }

            var names = string.Join(", ", tables.Select(t => "[" + t.Store + "Table]"));
            for (var i = 0; i < tables.Count; i++)
            {
                var table = tables[i];
                if (i > 0)
                {
                    c.Report(DiagnosticIds.InvalidTable, table.Location ?? c.TypeLocation, c.TypeName,
                        $"declares {tables.Count} table attributes ({names}) but a job reads exactly one table; remove all but one");
                }

                foreach (var field in table.Fields)
                {
                    if (field.IsRequired && string.IsNullOrWhiteSpace(field.Value))
                    {
                        c.Report(DiagnosticIds.InvalidTable, table.Location ?? c.TypeLocation, c.TypeName,
                            $"has an empty {table.Store} table coordinate '{field.GraphQLName}'; set it to the table's {field.GraphQLName}");
                    }
                }
            }
        }

        private static void CheckJobAttribute(RuleContext c)
        {
            var job = c.Model.Job;
            if (job.ModelName is { } name && string.IsNullOrWhiteSpace(name))
            {
                c.Report(DiagnosticIds.EmptyName, job.ModelNameLocation ?? job.Location ?? c.TypeLocation, "model name", c.TypeName);
            }

            if (job.EventBased)
            {
                foreach (var table in c.Model.Tables)
                {
                    if (table.Store != StoreValue.Snowflake)
                    {
                        c.Report(DiagnosticIds.EventBasedNotSnowflake, job.EventBasedLocation ?? job.Location ?? c.TypeLocation, c.TypeName, table.Store.ToString());
                        break;
                    }
                }
            }
        }

        private static void CheckIngestion(RuleContext c)
        {
            if (c.Model.Ingestion is not { } ingestion)
            {
                return;
            }

            var location = ingestion.Location ?? c.TypeLocation;
            if (ingestion.RowLimit is < 1)
            {
                c.Report(DiagnosticIds.IngestionParameterOutOfRange, location, "RowLimit", ingestion.RowLimit.Value.ToString(CultureInfo.InvariantCulture), c.TypeName, "at least 1");
            }

            if (ingestion.RefreshIntervalMinutes is < 1)
            {
                c.Report(DiagnosticIds.IngestionParameterOutOfRange, location, "RefreshIntervalMinutes", ingestion.RefreshIntervalMinutes.Value.ToString(CultureInfo.InvariantCulture), c.TypeName, "at least 1");
            }

            if (ingestion.QueryWindowSizeHours is < 0)
            {
                c.Report(DiagnosticIds.IngestionParameterOutOfRange, location, "QueryWindowSizeHours", ingestion.QueryWindowSizeHours.Value.ToString(CultureInfo.InvariantCulture), c.TypeName, "0 (no upper bound) or more");
            }
        }

        private static void CheckPrefixes(RuleContext c)
        {
            CheckPrefix(c, c.Model.FeaturePrefix, "[FeaturePrefix] prefix");
            CheckPrefix(c, c.Model.TagPrefix, "[TagPrefix] prefix");
            CheckPrefix(c, c.Model.ShapPrefix, "[ShapPrefix] prefix");
        }

        private static void CheckPrefix(RuleContext c, PrefixInfo? prefix, string what)
        {
            if (prefix?.Value is { } value && string.IsNullOrWhiteSpace(value))
            {
                c.Report(DiagnosticIds.EmptyName, prefix.Location ?? c.TypeLocation, what, c.TypeName);
            }
        }
    }
}
