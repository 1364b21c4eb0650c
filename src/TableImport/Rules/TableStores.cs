namespace TableImport.Rules
{
    /// <summary>What the API calls each store's table, and which of its coordinates a job must set.</summary>
    internal static class TableStores
    {
        private static readonly string[] BigQueryCoordinates = { "projectId", "dataset", "tableName" };
        private static readonly string[] SnowflakeCoordinates = { "accountID", "database", "schema", "tableName" };

        // Port and the Azure ids are optional; the access token is never part of a job.
        private static readonly string[] DatabricksCoordinates = { "hostName", "endpoint", "catalog", "databricksSchema", "tableName" };

        /// <summary>The input field of the store's table: <c>bigQueryTableConfig</c>, <c>snowflakeTableConfig</c>, <c>databricksTableConfig</c>.</summary>
        public static string ConfigField(TableStore store)
            => store == TableStore.BigQuery ? "bigQueryTableConfig" : store == TableStore.Snowflake ? "snowflakeTableConfig" : "databricksTableConfig";

        /// <summary>The attribute and the input field together, e.g. <c>[BigQueryTable] (bigQueryTableConfig)</c>.</summary>
        public static string Describe(TableStore store) => "[" + store + "Table] (" + ConfigField(store) + ")";

        /// <summary>The coordinates a job must set, by GraphQL name, in the order the API lists them.</summary>
        public static string[] RequiredCoordinates(TableStore store)
            => store == TableStore.BigQuery ? BigQueryCoordinates : store == TableStore.Snowflake ? SnowflakeCoordinates : DatabricksCoordinates;
    }
}
