namespace TableImport.Emulator.Model;

// Property names match the GraphQL field names (case-insensitively): GraphQL.NET resolves output fields by name.

/// <summary>The BigQuery table a job reads.</summary>
internal sealed record BigQueryTableConfig(string ProjectId, string Dataset, string TableName);

/// <summary>The Snowflake table a job reads.</summary>
internal sealed record SnowflakeTableConfig(string AccountID, string Schema, string Database, string TableName);

/// <summary>The Databricks table a job reads. The access token is accepted on input but never kept: it is a secret.</summary>
internal sealed record DatabricksTableConfig(
    string HostName,
    string Endpoint,
    string? Port,
    string? AzureResourceId,
    string? AzureTenantId,
    string Catalog,
    string DatabricksSchema,
    string TableName);
