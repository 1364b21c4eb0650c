using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>
/// What makes two jobs the same job: model name, environment, table store and table coordinates. Schema and
/// ingestion parameters are what may change on an existing job; the identity never does.
/// </summary>
internal readonly record struct JobIdentity(string ModelName, ModelEnvironment Environment, TableStore Store, string Table)
{
    public static JobIdentity Of(TableImportJobDefinition definition) =>
        new(definition.ModelName, definition.ModelEnvironmentName, definition.TableStore,
            Coordinates(definition.BigQueryTableConfig, definition.SnowflakeTableConfig, definition.DatabricksTableConfig));

    public static JobIdentity Of(TableImportJobInfo job) =>
        new(job.ModelName, job.ModelEnvironmentName, job.TableStore,
            Coordinates(job.BigQueryTableConfig, job.SnowflakeTableConfig, job.DatabricksTableConfig));

    private static string Coordinates(BigQueryTableConfig? bigQuery, SnowflakeTableConfig? snowflake, DatabricksTableConfig? databricks)
    {
        // The unit separator cannot appear in a coordinate typed into an attribute, so no two tables share a key.
        const char sep = '\u001f';
        if (bigQuery is not null)
        {
            return string.Join(sep, bigQuery.ProjectId, bigQuery.Dataset, bigQuery.TableName);
        }

        if (snowflake is not null)
        {
            return string.Join(sep, snowflake.AccountID, snowflake.Database, snowflake.Schema, snowflake.TableName);
        }

        if (databricks is not null)
        {
            return string.Join(sep, databricks.HostName, databricks.Catalog, databricks.DatabricksSchema, databricks.TableName);
        }

        return "";
    }

    public override string ToString() => $"'{ModelName}' ({Environment}, {Store} {Table.Replace('\u001f', '.')})";
}
