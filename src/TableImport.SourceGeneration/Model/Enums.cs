namespace TableImport.SourceGeneration.Model
{
    // Mirrors of the TableImport enums with the same numeric values: attribute arguments arrive as numbers, and the
    // generator cannot load the runtime library to use its types.

    internal enum ModelTypeValue
    {
        ScoreCategorical,
        Numeric,
        Ranking,
        MultiClass,
        ObjectDetection,
        GenerativeLlm,
    }

    internal enum EnvironmentValue
    {
        Production,
        Validation,
        Training,
        Tracing,
    }

    internal enum StoreValue
    {
        BigQuery,
        Snowflake,
        Databricks,
    }

    internal enum NamingValue
    {
        SnakeCase,
        UpperSnakeCase,
        AsDeclared,
    }

    /// <summary>What a member's C# type can hold, after unwrapping <c>Nullable&lt;T&gt;</c>; what TI0010 checks against.</summary>
    internal enum ValueKind
    {
        Other,
        String,
        Bool,
        Integer,
        FloatingPoint,
        Enum,
        DateTime,
        DateTimeOffset,
        DateOnly,
        Guid,
        StringSequence,
        FloatSequence,
        StringToNumberMap,
    }

    /// <summary>Mirror of <c>TableImport.WarehouseDialect</c>, for the linked warehouse type table.</summary>
    internal enum WarehouseDialectValue
    {
        BigQuery,
        Snowflake,
        Databricks,
        DuckDb,
    }
}
