using System;

namespace TableImport
{
    /// <summary>
    /// What makes two jobs the same Arize job: model name, environment, table store, and the table <b>as the server
    /// reports it</b>: for BigQuery its project, dataset and table name; for Snowflake and Databricks only the table
    /// name, so two databases or schemas with one table name are one identity. The analyzer (TI0019), the job catalog and
    /// the registrar all tell jobs apart by this one type.
    /// </summary>
    /// <remarks>
    /// Schema and ingestion parameters are what may change on an existing job; the identity never does. A coordinate
    /// the server leaves out (null or empty) never makes two identities "different" in <see cref="Matches"/>.
    /// </remarks>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    sealed partial class TableImportJobIdentity : IEquatable<TableImportJobIdentity>
    {
        /// <summary>Creates the identity of a job from what the server reports of it (or would report, for a declared job).</summary>
        /// <param name="modelName">The model name.</param>
        /// <param name="environment">The model environment.</param>
        /// <param name="store">The table store.</param>
        /// <param name="tableName">The table name (the server's <c>table</c>).</param>
        /// <param name="projectId">BigQuery only: the project (the server's <c>projectId</c>); ignored for other stores.</param>
        /// <param name="dataset">BigQuery only: the dataset (the server's <c>dataset</c>); ignored for other stores.</param>
        public TableImportJobIdentity(string modelName, ModelEnvironment environment, TableStore store, string? tableName, string? projectId = null, string? dataset = null)
        {
            ModelName = modelName ?? "";
            Environment = environment;
            Store = store;
            TableName = tableName ?? "";

            // Arize reports a project and a dataset for BigQuery tables only.
            var bigQuery = store == TableStore.BigQuery;
            ProjectId = bigQuery && !string.IsNullOrEmpty(projectId) ? projectId : null;
            Dataset = bigQuery && !string.IsNullOrEmpty(dataset) ? dataset : null;
        }

        /// <summary>The Arize model name.</summary>
        public string ModelName { get; }

        /// <summary>The model environment.</summary>
        public ModelEnvironment Environment { get; }

        /// <summary>The table store.</summary>
        public TableStore Store { get; }

        /// <summary>The table name, which the server reports for every store.</summary>
        public string TableName { get; }

        /// <summary>The BigQuery project; null for other stores, or when not known.</summary>
        public string? ProjectId { get; }

        /// <summary>The BigQuery dataset; null for other stores, or when not known.</summary>
        public string? Dataset { get; }

        /// <summary>
        /// Whether <paramref name="reported"/> (a job as the server reports it) may be this job: everything agrees, where a
        /// BigQuery project or dataset that either side does not know agrees with any.
        /// </summary>
        /// <param name="reported">The other identity.</param>
        public bool Matches(TableImportJobIdentity reported)
            => reported is not null
               && string.Equals(ModelName, reported.ModelName, StringComparison.Ordinal)
               && Environment == reported.Environment
               && Store == reported.Store
               && string.Equals(TableName, reported.TableName, StringComparison.Ordinal)
               && Agrees(ProjectId, reported.ProjectId)
               && Agrees(Dataset, reported.Dataset);

        /// <summary>
        /// The TI0019 message for two declarations of this one identity: what they share and why Arize cannot tell them apart.
        /// </summary>
        /// <param name="job">The declaration reported on, e.g. its C# type name.</param>
        /// <param name="other">The other declaration.</param>
        public string CollisionMessage(string job, string other)
        {
            var why = Store == TableStore.BigQuery
                ? "Arize tells jobs apart by model name, environment and table, so registration would create or update one job for both."
                : "Arize reports a " + Store + " job's table by its name only, not its "
                  + (Store == TableStore.Snowflake ? "account, database or schema" : "host, catalog or schema")
                  + ", so it cannot tell the two apart once created, and registration would create or update one job for both.";
            return job + " declares the same job as " + other + " (model '" + ModelName + "', " + Environment + " environment, " + Store + " table '"
                   + Table + "'). " + why + " Change the model name, environment or table name of one of them.";
        }

        /// <inheritdoc/>
        public bool Equals(TableImportJobIdentity? other)
            => other is not null
               && string.Equals(ModelName, other.ModelName, StringComparison.Ordinal)
               && Environment == other.Environment
               && Store == other.Store
               && string.Equals(TableName, other.TableName, StringComparison.Ordinal)
               && string.Equals(ProjectId, other.ProjectId, StringComparison.Ordinal)
               && string.Equals(Dataset, other.Dataset, StringComparison.Ordinal);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as TableImportJobIdentity);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            var hash = StringComparer.Ordinal.GetHashCode(ModelName);
            hash = unchecked((hash * 31) + (int)Environment);
            hash = unchecked((hash * 31) + (int)Store);
            return unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(TableName));
        }

        /// <summary>The identity for people, e.g. <c>'fraud' (Production, Snowflake table 'SCORES')</c>.</summary>
        public override string ToString() => "'" + ModelName + "' (" + Environment + ", " + Store + " table '" + Table + "')";

        /// <summary>The identity of a job with exactly one table, or null when the job is too incomplete to have one (other rules say why).</summary>
        internal static TableImportJobIdentity? Of(Rules.JobFacts job)
        {
            if (job.ModelName is not { } name || job.Environment is not { } environment || job.Tables.Count != 1)
            {
                return null;
            }

            var table = job.Tables[0];
            return new TableImportJobIdentity(name, environment, table.Store, table.Coordinate("tableName"), table.Coordinate("projectId"), table.Coordinate("dataset"));
        }

        private string Table => ProjectId is null && Dataset is null ? TableName : ProjectId + "." + Dataset + "." + TableName;

        private static bool Agrees(string? declared, string? reported)
            => declared is null || reported is null || string.Equals(declared, reported, StringComparison.Ordinal);
    }
}
