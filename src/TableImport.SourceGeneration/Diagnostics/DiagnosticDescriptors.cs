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

        // The rule engine writes the whole message of its rules (and TableImportJobIdentity that of TI0019), the same text
        // TableImportJobDefinition.Validate() returns: one message per verdict, not one here and one at run time.
        private const string EngineMessage = "{0}";

        public static readonly DiagnosticDescriptor JobTypeNotPartial = Create(
            RuleIds.JobTypeNotPartial,
            "Job type must be partial",
            "Type '{0}' must be declared 'partial' so that the generator can add the TableImportJob property and the Columns class to job type '{1}'; add the 'partial' modifier",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor JobTypeGeneric = Create(
            RuleIds.JobTypeGeneric,
            "Job type must not be generic",
            "Job type '{0}' is generic or nested in a generic type, so it cannot stand for one fixed table-import job; declare the job on a non-generic type",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingPredictionId = Create(
            RuleIds.MissingPredictionId,
            "Job type has no prediction id",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingChangeTimestamp = Create(
            RuleIds.MissingChangeTimestamp,
            "Job type has no change timestamp",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingPredictionTimestamp = Create(
            RuleIds.MissingPredictionTimestamp,
            "Job type has no prediction timestamp",
            EngineMessage,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateRole = Create(
            RuleIds.DuplicateRole,
            "Single-valued role on more than one member",
            "[{0}] is on member '{1}' and on '{2}' of job type '{3}', but a job maps it to exactly one column; keep it on one member and remove it from the others",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateColumn = Create(
            RuleIds.DuplicateColumn,
            "A column is mapped twice",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingRequiredColumns = Create(
            RuleIds.MissingRequiredColumns,
            "Required columns of the model type are missing",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor RoleNotAllowedForModelType = Create(
            RuleIds.RoleNotAllowedForModelType,
            "Role not allowed for the model type",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MemberTypeNotAllowedForRole = Create(
            RuleIds.MemberTypeNotAllowedForRole,
            "Member type cannot hold the role's data",
            "Member '{0}' of job type '{4}' is of type '{1}', which cannot hold [{2}] data; use {3}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidTable = Create(
            RuleIds.InvalidTable,
            "Job must read exactly one table with every coordinate set",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor EventBasedNotSnowflake = Create(
            RuleIds.EventBasedNotSnowflake,
            "Event-based jobs are Snowflake-only",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ColumnMissingPrefix = Create(
            RuleIds.ColumnMissingPrefix,
            "Feature or tag column does not start with the declared prefix",
            "[{0}] member '{1}' of job type '{4}' maps to column '{2}', which does not start with the declared prefix '{3}', so Arize would not ingest it as a {5}; rename the column to start with '{3}'",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnmarkedPrefixedColumn = Create(
            RuleIds.UnmarkedPrefixedColumn,
            "Unmarked column starts with a feature or tag prefix",
            EngineMessage,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ReservedColumnName = Create(
            RuleIds.ReservedColumnName,
            "Feature or tag column name is reserved",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ValidationWithoutBatchId = Create(
            RuleIds.ValidationWithoutBatchId,
            "Validation job without a batch id",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor IngestionParameterOutOfRange = Create(
            RuleIds.IngestionParameterOutOfRange,
            "Ingestion parameter out of range",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor EmptyName = Create(
            RuleIds.EmptyName,
            "Empty model name, column name or prefix",
            EngineMessage,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateJob = Create(
            RuleIds.DuplicateJob,
            "Two job types declare the same job",
            EngineMessage,
            DiagnosticSeverity.Error,
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor RoleOutsideJobType = Create(
            RuleIds.RoleOutsideJobType,
            "Role attribute outside a job type",
            "[{0}] on member '{1}' is ignored because type '{2}' has no [TableImportJob]; remove the attribute, or mark '{2}' with [TableImportJob]",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor RoleOnUnreadableMember = Create(
            RuleIds.RoleOnUnreadableMember,
            "Role on a member that cannot be read",
            "Member '{0}' of job type '{1}' carries a role but is {2}, so a row's value cannot be read from it; move the role to a readable instance property or field",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor TooManyEmbeddingFeatures = Create(
            RuleIds.TooManyEmbeddingFeatures,
            "More than 30 embedding features",
            EngineMessage,
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
