using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>The catalog of TI rules, one descriptor per ID, exactly as the rulebook assigns them.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string Category = "TableImport";

        /// <summary>The assembly metadata key under which the build records the repository's URL.</summary>
        public const string RepositoryUrlMetadataKey = "TableImportRepositoryUrl";

        /// <summary>Every rule's page is this plus <c>TI00NN.md</c>: the repository URL + <c>/blob/main/docs/diagnostics/</c>.</summary>
        public static readonly string HelpLinkBase = ReadHelpLinkBase();

        // The rule engine writes the whole message of its rules (and TableImportJobIdentity that of TI0019), the same text
        // TableImportJobDefinition.Validate() returns: one message per verdict, not one here and one at run time.
        private const string EngineMessage = "{0}";

        public static readonly DiagnosticDescriptor JobTypeNotPartial = Create(
            RuleIds.JobTypeNotPartial,
            "Job type must be partial",
            "Type '{0}' must be declared 'partial' so that the generator can add the TableImportJob property and the Columns class to job type '{1}'; add the 'partial' modifier",
            DiagnosticSeverity.Error,
            "The generator adds a static TableImportJob property and a nested Columns class to every type that carries [TableImportJob], and C# lets it add members only to a partial type (and to a nested type only when every containing type is partial too). Add the 'partial' modifier to the job type and to each type that contains it.");

        public static readonly DiagnosticDescriptor JobTypeGeneric = Create(
            RuleIds.JobTypeGeneric,
            "Job type must not be generic",
            "Job type '{0}' is generic or nested in a generic type, so it cannot stand for one fixed table-import job; declare the job on a non-generic type",
            DiagnosticSeverity.Error,
            "A job type stands for one fixed Arize job: one model, one environment, one table. A generic type, or a type nested in one, would stand for as many jobs as it has instantiations, so no single job definition can be generated for it. Declare the job on a non-generic type.");

        public static readonly DiagnosticDescriptor MissingPredictionId = Create(
            RuleIds.MissingPredictionId,
            "Job type has no prediction id",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Arize joins delayed actuals to predictions by the prediction id (schema.predictionId); without one it generates ids of its own and the rows can never be joined, so Arize refuses the job. Mark the member that holds the prediction id with [PredictionId].");

        public static readonly DiagnosticDescriptor MissingChangeTimestamp = Create(
            RuleIds.MissingChangeTimestamp,
            "Job type has no change timestamp",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Table imports are incremental: each run reads only rows whose change timestamp (schema.changeTimestamp) is newer than the largest one already ingested, so Arize refuses a table-import job without one. Mark the member that records when a row last changed with [ChangeTimestamp].");

        public static readonly DiagnosticDescriptor MissingPredictionTimestamp = Create(
            RuleIds.MissingPredictionTimestamp,
            "Job type has no prediction timestamp",
            EngineMessage,
            DiagnosticSeverity.Warning,
            "Without a prediction timestamp column (schema.timestamp) Arize takes the ingestion time as the prediction time, which skews every time-based chart and monitor. Arize accepts the job, so this is advice: mark the member that holds when the prediction was made with [PredictionTimestamp].");

        public static readonly DiagnosticDescriptor DuplicateRole = Create(
            RuleIds.DuplicateRole,
            "Single-valued role on more than one member",
            "[{0}] is on member '{1}' and on '{2}' of job type '{3}', but a job maps it to exactly one column; keep it on one member and remove it from the others",
            DiagnosticSeverity.Error,
            "The schema has one field for each single-valued role (prediction id, timestamps, labels, scores, version, group id, rank, batch id, ...), so a job maps each of them to exactly one column. Keep the attribute on one member and remove it from the others; only [Feature], [Tag] and [EmbeddingFeature] may repeat.");

        public static readonly DiagnosticDescriptor DuplicateColumn = Create(
            RuleIds.DuplicateColumn,
            "A column is mapped twice",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Two mapped members resolve to one column name (compared without regard to case, after the naming policy, [ColumnName] and [Column]), or one member carries two roles. A column plays one role in Arize's schema, and warehouses compare unquoted names case-insensitively, so the mapping would be ambiguous and Arize refuses it. Give each member its own column and role.");

        public static readonly DiagnosticDescriptor MissingRequiredColumns = Create(
            RuleIds.MissingRequiredColumns,
            "Required columns of the model type are missing",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Each model type needs certain columns in each environment (for example a prediction and an actual column for a ScoreCategorical model in Training), and Arize's validation refuses a job without them; the Tracing environment is not a table-import target at all. The message lists what is missing: map those columns, or change the model type or environment.");

        public static readonly DiagnosticDescriptor RoleNotAllowedForModelType = Create(
            RuleIds.RoleNotAllowedForModelType,
            "Role not allowed for the model type",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Arize refuses a schema that names columns its model type does not define, such as a rank on a ScoreCategorical model or a label on a MultiClass or ObjectDetection model. Remove the role attribute, or declare the model type the columns belong to.");

        public static readonly DiagnosticDescriptor MemberTypeNotAllowedForRole = Create(
            RuleIds.MemberTypeNotAllowedForRole,
            "Member type cannot hold the role's data",
            "Member '{0}' of job type '{4}' is of type '{1}', which cannot hold [{2}] data; use {3}",
            DiagnosticSeverity.Error,
            "Arize validates each role's values by kind (a rank is an integer, a score a number, a change timestamp a date and time, an embedding vector a list of floats); a member whose C# type cannot hold that kind describes a column every import run would fail on. Change the member's type to one the message lists, or move the role to another member.");

        public static readonly DiagnosticDescriptor InvalidTable = Create(
            RuleIds.InvalidTable,
            "Job must read exactly one table with every coordinate set",
            EngineMessage,
            DiagnosticSeverity.Error,
            "CreateTableImportJobInput takes exactly one table config, matching the table store, and Arize needs every coordinate (project, dataset, account, database, schema, table, host, endpoint, catalog) to find the table. Put exactly one table attribute on the job type and give every coordinate a non-empty value.");

        public static readonly DiagnosticDescriptor EventBasedNotSnowflake = Create(
            RuleIds.EventBasedNotSnowflake,
            "Event-based jobs are Snowflake-only",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Event-triggered table imports (createTriggeredOngoingTableImportJob) exist for Snowflake tables only, so Arize refuses an event-based job on BigQuery or Databricks. Remove EventBased = true, or read the table from Snowflake.");

        public static readonly DiagnosticDescriptor ColumnMissingPrefix = Create(
            RuleIds.ColumnMissingPrefix,
            "Feature or tag column does not start with the declared prefix",
            "[{0}] member '{1}' of job type '{4}' maps to column '{2}', which does not start with the declared prefix '{3}', so Arize would not ingest it as a {5}; rename the column to start with '{3}'",
            DiagnosticSeverity.Error,
            "With [FeaturePrefix] or [TagPrefix] the schema sends only the prefix (features: \"feature_\") and Arize ingests the columns that start with it, so a [Feature] or [Tag] member whose column does not start with the prefix would be silently left out. Rename the column (for example with [ColumnName]) to start with the prefix.");

        public static readonly DiagnosticDescriptor UnmarkedPrefixedColumn = Create(
            RuleIds.UnmarkedPrefixedColumn,
            "Unmarked column starts with a feature or tag prefix",
            EngineMessage,
            DiagnosticSeverity.Warning,
            "Arize ingests every column that starts with the job's feature or tag prefix, so a mapped member without a role whose column starts with it becomes a feature or tag whether the code says so or not. Arize accepts the job, so this is advice: mark the member [Feature] or [Tag], or leave it out with [NotImported].");

        public static readonly DiagnosticDescriptor ReservedColumnName = Create(
            RuleIds.ReservedColumnName,
            "Feature or tag column name is reserved",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Arize reserves columns ending in _shap for SHAP values, and the tag names total_token_count, prompt_token_count, response_token_count and response_latency_ms for LLM run metadata, and refuses features and tags that use them. Rename the column.");

        public static readonly DiagnosticDescriptor ValidationWithoutBatchId = Create(
            RuleIds.ValidationWithoutBatchId,
            "Validation job without a batch id",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Arize requires a batch id for Validation-environment data, either fixed on the job (batchId) or read from a column (schema.batchId), and refuses the job without one. Set BatchId on [TableImportJob] or mark the batch id column with [BatchIdColumn].");

        public static readonly DiagnosticDescriptor IngestionParameterOutOfRange = Create(
            RuleIds.IngestionParameterOutOfRange,
            "Ingestion parameter out of range",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Arize refuses a row limit or a refresh interval below 1 and a negative query window (0 means no upper bound). Set RowLimit and RefreshIntervalMinutes to at least 1 and QueryWindowSizeHours to 0 or more on [IngestionParameters].");

        public static readonly DiagnosticDescriptor EmptyName = Create(
            RuleIds.EmptyName,
            "Empty model name, column name or prefix",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Arize identifies models and columns by name, and an empty or whitespace model name, column name, prefix or embedding feature name cannot match anything, so Arize refuses the job. Give it a non-empty name.");

        public static readonly DiagnosticDescriptor DuplicateJob = Create(
            RuleIds.DuplicateJob,
            "Two job types declare the same job",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Arize tells jobs apart by model name, environment, table store and the table as the server reports it (BigQuery: project, dataset and table; Snowflake and Databricks: the table name only). Two job types that agree on all of these would be one job in the space, and start-up registration would fail both. Change the model name, environment or table of one of them.",
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor RoleOutsideJobType = Create(
            RuleIds.RoleOutsideJobType,
            "Role attribute outside a job type",
            "[{0}] on member '{1}' is ignored because type '{2}' has no [TableImportJob]; remove the attribute, or mark '{2}' with [TableImportJob]",
            DiagnosticSeverity.Warning,
            "Roles are read only from types that carry [TableImportJob] (and the abstract types they derive from), so a role attribute anywhere else does nothing and probably marks a forgotten [TableImportJob]. Remove the attribute, mark the type with [TableImportJob], or make a shared base class abstract.");

        public static readonly DiagnosticDescriptor RoleOnUnreadableMember = Create(
            RuleIds.RoleOnUnreadableMember,
            "Role on a member that cannot be read",
            "Member '{0}' of job type '{1}' carries a role but is {2}, so a row's value cannot be read from it; move the role to a readable instance property or field",
            DiagnosticSeverity.Error,
            "Each role names a column of one row, and the row's value must be readable from an instance; a static member, an indexer or a write-only property cannot give one. Move the role to a readable instance property or field.");

        public static readonly DiagnosticDescriptor TooManyEmbeddingFeatures = Create(
            RuleIds.TooManyEmbeddingFeatures,
            "More than 30 embedding features",
            EngineMessage,
            DiagnosticSeverity.Error,
            "Arize accepts at most 30 embedding features per model and refuses a job with more. Remove [EmbeddingFeature] from the members beyond 30, or split the columns across models.");

        public static readonly DiagnosticDescriptor NoWarehouseColumnType = Create(
            RuleIds.NoWarehouseColumnType,
            "Member type has no warehouse column type",
            "Member '{0}' of job type '{1}' is {2}, which has no faithful {3} column type, so CreateTableSql cannot declare column '{4}'; use {5}, or write this table's DDL yourself",
            DiagnosticSeverity.Warning,
            "The generated CreateTableSql declares one column per mapped member, typed from the member's C# type (docs/warehouse-types.md), in the dialect of the job's own warehouse and in DuckDB's, the local warehouse of the emulator. Some C# types have no column type that holds every value unchanged: a decimal's scale varies value by value while the warehouses fix it per column, and TimeSpan, char, Int128, object or a class of your own have no counterpart at all. Rather than guess and round or garble values, CreateTableSql throws for such a job type. The mapping itself is fine and Arize is not affected: change the member's type (double for a decimal), or keep it and write the table's DDL yourself.");

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            JobTypeNotPartial, JobTypeGeneric, MissingPredictionId, MissingChangeTimestamp, MissingPredictionTimestamp,
            DuplicateRole, DuplicateColumn, MissingRequiredColumns, RoleNotAllowedForModelType, MemberTypeNotAllowedForRole,
            InvalidTable, EventBasedNotSnowflake, ColumnMissingPrefix, UnmarkedPrefixedColumn, ReservedColumnName,
            ValidationWithoutBatchId, IngestionParameterOutOfRange, EmptyName, DuplicateJob, RoleOutsideJobType,
            RoleOnUnreadableMember, TooManyEmbeddingFeatures, NoWarehouseColumnType);

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

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description, params string[] tags)
            => new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id), customTags: tags);

        // The build writes the repository's one URL (TableImportRepositoryUrl in Directory.Build.props) into this
        // assembly's metadata; every help link is derived from it, as every package link is.
        private static string ReadHelpLinkBase()
        {
            foreach (var metadata in typeof(DiagnosticDescriptors).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (metadata.Key == RepositoryUrlMetadataKey && !string.IsNullOrEmpty(metadata.Value))
                {
                    return metadata.Value!.TrimEnd('/') + "/blob/main/docs/diagnostics/";
                }
            }

            throw new InvalidOperationException("The analyzer assembly was built without its " + RepositoryUrlMetadataKey + " metadata.");
        }
    }
}
