namespace TableImport
{
    /// <summary>
    /// One table-import job, shaped exactly like the GraphQL <c>CreateTableImportJobInput</c>: every property is the
    /// input field's name in PascalCase. Unset values are <see langword="null"/> and are left out of the request.
    /// The space id is not part of a definition: it is configuration.
    /// </summary>
    public sealed class TableImportJobDefinition
    {
        /// <summary>The Arize model name (<c>modelName</c>).</summary>
        public string ModelName { get; set; } = "";

        /// <summary>The model type (<c>modelType</c>).</summary>
        public ModelType ModelType { get; set; }

        /// <summary>The model environment (<c>modelEnvironmentName</c>).</summary>
        public ModelEnvironment ModelEnvironmentName { get; set; }

        /// <summary>A fixed model version (<c>modelVersion</c>).</summary>
        public string? ModelVersion { get; set; }

        /// <summary>A fixed batch id (<c>batchId</c>), required for the validation environment unless the schema names a batch id column.</summary>
        public string? BatchId { get; set; }

        /// <summary>The warehouse (<c>tableStore</c>); exactly one of the table configs matches it.</summary>
        public TableStore TableStore { get; set; }

        /// <summary>The BigQuery table (<c>bigQueryTableConfig</c>), when <see cref="TableStore"/> is BigQuery.</summary>
        public BigQueryTableConfig? BigQueryTableConfig { get; set; }

        /// <summary>The Snowflake table (<c>snowflakeTableConfig</c>), when <see cref="TableStore"/> is Snowflake.</summary>
        public SnowflakeTableConfig? SnowflakeTableConfig { get; set; }

        /// <summary>The Databricks table (<c>databricksTableConfig</c>), when <see cref="TableStore"/> is Databricks.</summary>
        public DatabricksTableConfig? DatabricksTableConfig { get; set; }

        /// <summary>The column mapping (<c>schema</c>).</summary>
        public TableImportSchema Schema { get; set; } = new TableImportSchema();

        /// <summary>How much and how often to read (<c>tableIngestionParameters</c>); null keeps Arize's defaults.</summary>
        public TableIngestionParameters? TableIngestionParameters { get; set; }

        /// <summary>True for a Snowflake event-triggered job (<c>createTriggeredOngoingTableImportJob</c>). Not an input field.</summary>
        public bool EventBased { get; set; }

        /// <summary>The fully qualified name of the C# type that declared the job, for messages. Not sent.</summary>
        public string? JobTypeName { get; set; }

        /// <summary>
        /// Judges the job by the rulebook's Arize rules and advice — the same rule engine the analyzer runs at compile time,
        /// the client runs before a create and the emulator runs on a dry run — without sending anything.
        /// </summary>
        /// <returns>
        /// Every rule the job breaks, in a stable order; empty when the job is fine. A violation whose
        /// <see cref="TableImportRuleViolation.Kind"/> is <see cref="TableImportRuleKind.ArizeRule"/> means Arize would
        /// refuse the job; <see cref="TableImportRuleKind.Advice"/> is worth reading but blocks nothing.
        /// </returns>
        public System.Collections.Generic.IReadOnlyList<TableImportRuleViolation> Validate()
            => Rules.RuleEngine.Evaluate(DefinitionFacts.Of(this));

        /// <summary>Names the job for people: its type (when known), model, environment and table.</summary>
        public override string ToString()
        {
            var table = BigQueryTableConfig?.ToString() ?? SnowflakeTableConfig?.ToString() ?? DatabricksTableConfig?.ToString() ?? "(no table)";
            var who = JobTypeName == null ? "" : JobTypeName + ": ";
            return who + "'" + ModelName + "' (" + GraphQLNames.Of(ModelType) + ", " + GraphQLNames.Of(ModelEnvironmentName) + ") from " + GraphQLNames.Of(TableStore) + " " + table;
        }
    }

    /// <summary>A BigQuery table (<c>bigQueryTableConfig</c>).</summary>
    public sealed class BigQueryTableConfig
    {
        /// <summary>The Google Cloud project id (<c>projectId</c>).</summary>
        public string ProjectId { get; set; } = "";

        /// <summary>The dataset (<c>dataset</c>).</summary>
        public string Dataset { get; set; } = "";

        /// <summary>The table (<c>tableName</c>).</summary>
        public string TableName { get; set; } = "";

        /// <inheritdoc/>
        public override string ToString() => ProjectId + "." + Dataset + "." + TableName;
    }

    /// <summary>A Snowflake table (<c>snowflakeTableConfig</c>).</summary>
    public sealed class SnowflakeTableConfig
    {
        /// <summary>The account id (<c>accountID</c>, spelt so by the API).</summary>
        public string AccountID { get; set; } = "";

        /// <summary>The database (<c>database</c>).</summary>
        public string Database { get; set; } = "";

        /// <summary>The schema (<c>schema</c>).</summary>
        public string Schema { get; set; } = "";

        /// <summary>The table (<c>tableName</c>).</summary>
        public string TableName { get; set; } = "";

        /// <inheritdoc/>
        public override string ToString() => AccountID + "/" + Database + "." + Schema + "." + TableName;
    }

    /// <summary>
    /// A Databricks table (<c>databricksTableConfig</c>). The access token is deliberately absent: it is a secret and
    /// is added from configuration when the request is sent.
    /// </summary>
    public sealed class DatabricksTableConfig
    {
        /// <summary>The workspace host (<c>hostName</c>).</summary>
        public string HostName { get; set; } = "";

        /// <summary>The SQL warehouse endpoint (<c>endpoint</c>).</summary>
        public string Endpoint { get; set; } = "";

        /// <summary>The port (<c>port</c>), when not the default.</summary>
        public string? Port { get; set; }

        /// <summary>The Azure resource id (<c>azureResourceId</c>).</summary>
        public string? AzureResourceId { get; set; }

        /// <summary>The Azure tenant id (<c>azureTenantId</c>).</summary>
        public string? AzureTenantId { get; set; }

        /// <summary>The catalog (<c>catalog</c>).</summary>
        public string Catalog { get; set; } = "";

        /// <summary>The schema (<c>databricksSchema</c>).</summary>
        public string DatabricksSchema { get; set; } = "";

        /// <summary>The table (<c>tableName</c>).</summary>
        public string TableName { get; set; } = "";

        /// <inheritdoc/>
        public override string ToString() => HostName + "/" + Catalog + "." + DatabricksSchema + "." + TableName;
    }

    /// <summary>How much and how often Arize reads (<c>TableIngestionParametersInputType</c>).</summary>
    public sealed class TableIngestionParameters
    {
        /// <summary>At most this many rows per query (<c>rowLimit</c>).</summary>
        public int? RowLimit { get; set; }

        /// <summary>Minutes between queries (<c>refreshIntervalMinutes</c>).</summary>
        public int? RefreshIntervalMinutes { get; set; }

        /// <summary>Hours one query covers; 0 means no upper bound (<c>queryWindowSizeHours</c>).</summary>
        public int? QueryWindowSizeHours { get; set; }
    }
}
