namespace TableImport.Emulator.Model;

/// <summary>
/// A new definition from a stored one. A stored job's definition is never changed in place (readers may hold it), so an
/// update builds a copy; the parts it does not replace (schema, table configs) are shared, which is safe because nothing
/// changes them either.
/// </summary>
internal static class DefinitionCopy
{
    public static TableImportJobDefinition With(this TableImportJobDefinition definition, Action<TableImportJobDefinition> change)
    {
        var copy = new TableImportJobDefinition
        {
            ModelName = definition.ModelName,
            ModelType = definition.ModelType,
            ModelEnvironmentName = definition.ModelEnvironmentName,
            ModelVersion = definition.ModelVersion,
            BatchId = definition.BatchId,
            TableStore = definition.TableStore,
            BigQueryTableConfig = definition.BigQueryTableConfig,
            SnowflakeTableConfig = definition.SnowflakeTableConfig,
            DatabricksTableConfig = definition.DatabricksTableConfig,
            Schema = definition.Schema,
            TableIngestionParameters = definition.TableIngestionParameters,
            EventBased = definition.EventBased,
            JobTypeName = definition.JobTypeName,
        };
        change(copy);
        return copy;
    }
}
