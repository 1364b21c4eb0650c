using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>
/// What makes two jobs the same job: model name, environment, table store and table. Schema and ingestion
/// parameters are what may change on an existing job; the identity never does.
/// </summary>
/// <remarks>
/// The server reports a job's table less fully than a definition declares it (BigQuery: project, dataset and table;
/// Snowflake and Databricks: the table name only), so jobs are looked up by this key and then checked with
/// <see cref="SameTable"/> on whatever coordinates the server does report.
/// </remarks>
internal readonly record struct JobIdentity(string ModelName, ModelEnvironment Environment, TableStore Store, string TableName)
{
    public static JobIdentity Of(TableImportJobDefinition definition) =>
        new(definition.ModelName, definition.ModelEnvironmentName, definition.TableStore,
            definition.BigQueryTableConfig?.TableName ?? definition.SnowflakeTableConfig?.TableName ?? definition.DatabricksTableConfig?.TableName ?? "");

    public static JobIdentity Of(TableImportJobInfo job) =>
        new(job.ModelName, job.ModelEnvironmentName, job.TableStore,
            job.BigQueryTableConfig?.TableName ?? job.SnowflakeTableConfig?.TableName ?? job.DatabricksTableConfig?.TableName ?? "");

    /// <summary>Every coordinate of a declared table, for telling declarations apart.</summary>
    public static string FullKey(TableImportJobDefinition definition)
    {
        const char sep = '\u001f';
        var table = definition.BigQueryTableConfig is { } b ? string.Join(sep, b.ProjectId, b.Dataset, b.TableName)
            : definition.SnowflakeTableConfig is { } s ? string.Join(sep, s.AccountID, s.Database, s.Schema, s.TableName)
            : definition.DatabricksTableConfig is { } d ? string.Join(sep, d.HostName, d.Endpoint, d.Catalog, d.DatabricksSchema, d.TableName)
            : "";
        return string.Join(sep, definition.ModelName, definition.ModelEnvironmentName, definition.TableStore, table);
    }

    /// <summary>Whether the server's job reads the declared table, judged on the coordinates the server reports.</summary>
    public static bool SameTable(TableImportJobDefinition declared, TableImportJobInfo existing)
    {
        if (declared.BigQueryTableConfig is { } bigQuery)
        {
            return Agrees(bigQuery.ProjectId, existing.BigQueryTableConfig?.ProjectId) && Agrees(bigQuery.Dataset, existing.BigQueryTableConfig?.Dataset);
        }

        if (declared.SnowflakeTableConfig is { } snowflake)
        {
            var other = existing.SnowflakeTableConfig;
            return Agrees(snowflake.AccountID, other?.AccountID) && Agrees(snowflake.Database, other?.Database) && Agrees(snowflake.Schema, other?.Schema);
        }

        if (declared.DatabricksTableConfig is { } databricks)
        {
            var other = existing.DatabricksTableConfig;
            return Agrees(databricks.HostName, other?.HostName) && Agrees(databricks.Catalog, other?.Catalog) && Agrees(databricks.DatabricksSchema, other?.DatabricksSchema);
        }

        return true;
    }

    // A coordinate the server leaves out cannot tell two tables apart.
    private static bool Agrees(string declared, string? reported) => string.IsNullOrEmpty(reported) || string.Equals(declared, reported, StringComparison.Ordinal);

    public override string ToString() => $"'{ModelName}' ({Environment}, {Store} table {TableName})";
}
