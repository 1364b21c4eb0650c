namespace TableImport
{
    partial class TableImportJobIdentity
    {
        /// <summary>The identity of a declared job: what the server will report of it once created.</summary>
        /// <param name="definition">The job.</param>
        public static TableImportJobIdentity Of(TableImportJobDefinition definition)
        {
            if (definition is null)
            {
                throw new System.ArgumentNullException(nameof(definition));
            }

            // A job without exactly one table (TI0011) still has an identity: model, environment and store, no table.
            return Of(DefinitionFacts.Of(definition))
                   ?? new TableImportJobIdentity(definition.ModelName, definition.ModelEnvironmentName, definition.TableStore, null);
        }
    }
}
