using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>The catalog of TI rules, one descriptor per ID, exactly as the rulebook assigns them.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string Category = "TableImport";

        /// <summary>Every rule's page is this plus <c>TI00NN.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/tableimport/tableimport/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor JobTypeNotPartial = Create(
            DiagnosticIds.JobTypeNotPartial,
            "Job type must be partial",
            "Type '{0}' must be declared 'partial' so that the generator can add the TableImportJob property and the Columns class to job type '{1}'; add the 'partial' modifier",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor JobTypeGeneric = Create(
            DiagnosticIds.JobTypeGeneric,
            "Job type must not be generic",
            "Job type '{0}' is generic or nested in a generic type, so it cannot stand for one fixed table-import job; declare the job on a non-generic type",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingPredictionId = Create(
            DiagnosticIds.MissingPredictionId,
            "Job type has no prediction id",
            "Job type '{0}' has no [PredictionId] member; without a prediction id Arize cannot join delayed actuals to predictions. Mark the member that holds the prediction id with [PredictionId].",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingChangeTimestamp = Create(
            DiagnosticIds.MissingChangeTimestamp,
            "Job type has no change timestamp",
            "Job type '{0}' has no [ChangeTimestamp] member; table imports ingest incrementally by the change timestamp, so Arize rejects the job without one. Mark the date/time member that changes when a row is written with [ChangeTimestamp].",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingPredictionTimestamp = Create(
            DiagnosticIds.MissingPredictionTimestamp,
            "Job type has no prediction timestamp",
            "Job type '{0}' has no [PredictionTimestamp] member, so Arize will use the ingestion time as each prediction's time; mark the member that holds when the prediction was made with [PredictionTimestamp]",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateRole = Create(
            DiagnosticIds.DuplicateRole,
            "Single-valued role on more than one member",
            "[{0}] is on member '{1}' and on '{2}' of job type '{3}', but a job maps it to exactly one column; keep it on one member and remove it from the others",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateColumn = Create(
            DiagnosticIds.DuplicateColumn,
            "Two members map to the same column",
            "Member '{0}' of job type '{2}' maps to column '{1}', which member '{3}' already maps to; give one of them another name with [ColumnName(\"...\")] or leave one out with [NotImported]",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingRequiredColumns = Create(
            DiagnosticIds.MissingRequiredColumns,
            "Required columns of the model type are missing",
            "Job type '{0}' ({1} model, {2} environment) cannot be imported: {3}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor RoleNotAllowedForModelType = Create(
            DiagnosticIds.RoleNotAllowedForModelType,
            "Role not allowed for the model type",
            "[{0}] on member '{1}' is not allowed for a {2} model (job type '{3}'), and Arize rejects a schema that names it; remove the attribute or change the job's model type",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MemberTypeNotAllowedForRole = Create(
            DiagnosticIds.MemberTypeNotAllowedForRole,
            "Member type cannot hold the role's data",
            "Member '{0}' of job type '{4}' is of type '{1}', which cannot hold [{2}] data; use {3}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidTable = Create(
            DiagnosticIds.InvalidTable,
            "Job must read exactly one table with every coordinate set",
            "Job type '{0}' {1}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor EventBasedNotSnowflake = Create(
            DiagnosticIds.EventBasedNotSnowflake,
            "Event-based jobs are Snowflake-only",
            "Job type '{0}' sets EventBased = true but reads a {1} table; event-based jobs exist for Snowflake only, so remove EventBased or read a [SnowflakeTable]",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ColumnMissingPrefix = Create(
            DiagnosticIds.ColumnMissingPrefix,
            "Feature or tag column does not start with the declared prefix",
            "[{0}] member '{1}' of job type '{4}' maps to column '{2}', which does not start with the declared prefix '{3}', so Arize would not ingest it as a {5}; rename the column to start with '{3}'",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnmarkedPrefixedColumn = Create(
            DiagnosticIds.UnmarkedPrefixedColumn,
            "Unmarked column starts with a feature or tag prefix",
            "Member '{0}' of job type '{3}' maps to column '{1}', which starts with the prefix '{2}', so Arize will ingest it as a {4} anyway; mark it [{5}] to say so, or [NotImported] to leave it out",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ReservedColumnName = Create(
            DiagnosticIds.ReservedColumnName,
            "Feature or tag column name is reserved",
            "The {0} column '{1}' of member '{2}' (job type '{3}') {4}; give it another name with [ColumnName(\"...\")]",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ValidationWithoutBatchId = Create(
            DiagnosticIds.ValidationWithoutBatchId,
            "Validation job without a batch id",
            "Job type '{0}' imports into the validation environment, which requires a batch id; set BatchId = \"...\" on [TableImportJob] or mark a member [BatchIdColumn]",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor IngestionParameterOutOfRange = Create(
            DiagnosticIds.IngestionParameterOutOfRange,
            "Ingestion parameter out of range",
            "{0} = {1} on job type '{2}' is out of range; it must be {3}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor EmptyName = Create(
            DiagnosticIds.EmptyName,
            "Empty model name, column name or prefix",
            "The {0} of job type '{1}' is empty or whitespace; Arize needs a name here, so write one",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateJob = Create(
            DiagnosticIds.DuplicateJob,
            "Two job types declare the same job",
            "Job type '{0}' declares the same job as '{1}' (model '{2}', {3} environment, table {4}); registration would create or update one job twice. Change the model name, environment or table of one of them.",
            DiagnosticSeverity.Error,
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor RoleOutsideJobType = Create(
            DiagnosticIds.RoleOutsideJobType,
            "Role attribute outside a job type",
            "[{0}] on member '{1}' is ignored because type '{2}' has no [TableImportJob]; remove the attribute, or mark '{2}' with [TableImportJob]",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor RoleOnUnreadableMember = Create(
            DiagnosticIds.RoleOnUnreadableMember,
            "Role on a member that cannot be read",
            "Member '{0}' of job type '{1}' carries a role but is {2}, so a row's value cannot be read from it; move the role to a readable instance property or field",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor TooManyEmbeddingFeatures = Create(
            DiagnosticIds.TooManyEmbeddingFeatures,
            "More than 30 embedding features",
            "Job type '{0}' declares {1} embedding features, but Arize accepts at most 30 per model; remove [EmbeddingFeature] from member '{2}' and the ones after it",
            DiagnosticSeverity.Error);

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            JobTypeNotPartial, JobTypeGeneric, MissingPredictionId, MissingChangeTimestamp, MissingPredictionTimestamp,
            DuplicateRole, DuplicateColumn, MissingRequiredColumns, RoleNotAllowedForModelType, MemberTypeNotAllowedForRole,
            InvalidTable, EventBasedNotSnowflake, ColumnMissingPrefix, UnmarkedPrefixedColumn, ReservedColumnName,
            ValidationWithoutBatchId, IngestionParameterOutOfRange, EmptyName, DuplicateJob, RoleOutsideJobType,
            RoleOnUnreadableMember, TooManyEmbeddingFeatures);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = BuildIndex();

        public static DiagnosticDescriptor Get(string id) => ById[id];

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static Dictionary<string, DiagnosticDescriptor> BuildIndex()
        {
            var map = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var descriptor in All)
            {
                map[descriptor.Id] = descriptor;
            }

            return map;
        }

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, params string[] tags)
            => new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLink(id), customTags: tags);
    }
}
