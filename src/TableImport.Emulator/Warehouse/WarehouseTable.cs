namespace TableImport.Emulator.Warehouse;

/// <summary>
/// The DuckDB table that stands for a job's warehouse table: <c>"&lt;schema&gt;"."&lt;table&gt;"</c>, where the schema is the
/// BigQuery dataset, the Snowflake schema or the Databricks schema (the same naming as the generated
/// <c>CreateTableSql(WarehouseDialect.DuckDb)</c>). Project, account, database and catalog have no DuckDB counterpart
/// in one file and are not part of the name.
/// </summary>
internal sealed record WarehouseTable(string ConfigPath, string Schema, string Name)
{
    /// <summary>The table of whichever config is set; null when none is (the rules report that before a warehouse is read).</summary>
    public static WarehouseTable? Of(TableImportJobDefinition definition) =>
        definition.BigQueryTableConfig is { } bigQuery ? new("bigQueryTableConfig", bigQuery.Dataset, bigQuery.TableName)
        : definition.SnowflakeTableConfig is { } snowflake ? new("snowflakeTableConfig", snowflake.Schema, snowflake.TableName)
        : definition.DatabricksTableConfig is { } databricks ? new("databricksTableConfig", databricks.DatabricksSchema, databricks.TableName)
        : null;

    /// <summary>A DuckDB identifier in double quotes, with embedded quotes doubled: safe for any name a job sends.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The table as SQL names it, and as messages show it: <c>"test-dataset"."test-table"</c>.</summary>
    public override string ToString() => Quote(Schema) + "." + Quote(Name);
}
