namespace TableImport
{
    /// <summary>The SQL dialect of a <c>CreateTableSql</c> statement.</summary>
    public enum WarehouseDialect
    {
        /// <summary>Google BigQuery (GoogleSQL).</summary>
        BigQuery,
        /// <summary>Snowflake.</summary>
        Snowflake,
        /// <summary>Databricks SQL (Delta tables).</summary>
        Databricks,
        /// <summary>DuckDB, the local warehouse of the emulator's <c>--warehouse</c>.</summary>
        DuckDb,
    }
}
