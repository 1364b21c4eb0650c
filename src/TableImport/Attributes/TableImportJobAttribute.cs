using System;

namespace TableImport
{
    /// <summary>
    /// Marks a partial class, record or struct as an Arize table-import job. The source generator adds a static
    /// <c>TableImportJob</c> property holding the job's <see cref="TableImportJobDefinition"/> and a nested
    /// <c>Columns</c> class with one constant per mapped member.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class TableImportJobAttribute : Attribute
    {
        /// <summary>Declares a job.</summary>
        /// <param name="modelName">The Arize model the table feeds; created on first import.</param>
        /// <param name="modelType">The model's type, which decides the columns Arize requires.</param>
        /// <param name="environment">The model environment the rows belong to.</param>
        public TableImportJobAttribute(string modelName, ModelType modelType, ModelEnvironment environment)
        {
            ModelName = modelName;
            ModelType = modelType;
            Environment = environment;
        }

        /// <summary>The Arize model name.</summary>
        public string ModelName { get; }

        /// <summary>The model type.</summary>
        public ModelType ModelType { get; }

        /// <summary>The model environment.</summary>
        public ModelEnvironment Environment { get; }

        /// <summary>A fixed model version for every row; use a <see cref="ModelVersionAttribute"/> member for a per-row version.</summary>
        public string? ModelVersion { get; set; }

        /// <summary>A fixed batch id; required (here or as a <see cref="BatchIdColumnAttribute"/> member) in the validation environment.</summary>
        public string? BatchId { get; set; }

        /// <summary>How member names become column names. <see cref="TableImport.ColumnNaming.SnakeCase"/> by default.</summary>
        public ColumnNaming ColumnNaming { get; set; }

        /// <summary>True for a Snowflake event-triggered job, created with <c>createTriggeredOngoingTableImportJob</c>.</summary>
        public bool EventBased { get; set; }
    }

    /// <summary>The job reads a BigQuery table.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class BigQueryTableAttribute : Attribute
    {
        /// <summary>Names the table by its three coordinates.</summary>
        public BigQueryTableAttribute(string projectId, string dataset, string tableName)
        {
            ProjectId = projectId;
            Dataset = dataset;
            TableName = tableName;
        }

        /// <summary>The Google Cloud project id.</summary>
        public string ProjectId { get; }

        /// <summary>The BigQuery dataset.</summary>
        public string Dataset { get; }

        /// <summary>The table name.</summary>
        public string TableName { get; }
    }

    /// <summary>The job reads a Snowflake table.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class SnowflakeTableAttribute : Attribute
    {
        /// <summary>Names the table by its four coordinates.</summary>
        public SnowflakeTableAttribute(string accountId, string database, string schema, string tableName)
        {
            AccountId = accountId;
            Database = database;
            Schema = schema;
            TableName = tableName;
        }

        /// <summary>The Snowflake account id (sent as <c>accountID</c>).</summary>
        public string AccountId { get; }

        /// <summary>The database.</summary>
        public string Database { get; }

        /// <summary>The schema.</summary>
        public string Schema { get; }

        /// <summary>The table name.</summary>
        public string TableName { get; }
    }

    /// <summary>
    /// The job reads a Databricks table. The access token is a secret: it is never part of the attribute and is
    /// supplied from configuration at run time.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class DatabricksTableAttribute : Attribute
    {
        /// <summary>Names the table by its workspace host, SQL endpoint, catalog, schema and table.</summary>
        public DatabricksTableAttribute(string hostName, string endpoint, string catalog, string schema, string tableName)
        {
            HostName = hostName;
            Endpoint = endpoint;
            Catalog = catalog;
            Schema = schema;
            TableName = tableName;
        }

        /// <summary>The workspace host name.</summary>
        public string HostName { get; }

        /// <summary>The SQL warehouse endpoint (HTTP path).</summary>
        public string Endpoint { get; }

        /// <summary>The Unity catalog.</summary>
        public string Catalog { get; }

        /// <summary>The schema (sent as <c>databricksSchema</c>).</summary>
        public string Schema { get; }

        /// <summary>The table name.</summary>
        public string TableName { get; }

        /// <summary>The port, when not the default.</summary>
        public string? Port { get; set; }

        /// <summary>The Azure resource id, for Azure Databricks with Entra ID authentication.</summary>
        public string? AzureResourceId { get; set; }

        /// <summary>The Azure tenant id, for Azure Databricks with Entra ID authentication.</summary>
        public string? AzureTenantId { get; set; }
    }

    /// <summary>How much and how often Arize reads from the table. Unset values keep Arize's defaults.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class IngestionParametersAttribute : Attribute
    {
        /// <summary>At most this many rows per query (at least 1).</summary>
        public int RowLimit { get; set; }

        /// <summary>Minutes between queries (at least 1).</summary>
        public int RefreshIntervalMinutes { get; set; }

        /// <summary>Hours from the largest change timestamp seen so far that one query covers; 0 means no upper bound.</summary>
        public int QueryWindowSizeHours { get; set; }
    }

    /// <summary>Every column starting with this prefix is a feature (sent as the schema's <c>features</c>).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class FeaturePrefixAttribute : Attribute
    {
        /// <summary>Declares the prefix.</summary>
        public FeaturePrefixAttribute(string prefix) => Prefix = prefix;

        /// <summary>The column-name prefix.</summary>
        public string Prefix { get; }
    }

    /// <summary>Every column starting with this prefix is a tag (sent as the schema's <c>tags</c>).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class TagPrefixAttribute : Attribute
    {
        /// <summary>Declares the prefix.</summary>
        public TagPrefixAttribute(string prefix) => Prefix = prefix;

        /// <summary>The column-name prefix.</summary>
        public string Prefix { get; }
    }

    /// <summary>Every column starting with this prefix holds SHAP values (sent as the schema's <c>shapValues</c>).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class ShapPrefixAttribute : Attribute
    {
        /// <summary>Declares the prefix.</summary>
        public ShapPrefixAttribute(string prefix) => Prefix = prefix;

        /// <summary>The column-name prefix.</summary>
        public string Prefix { get; }
    }
}
