namespace TableImport.SourceGeneration.Model
{
    /// <summary>
    /// Everything the emitter and the rules need to know about one job type, as plain equatable data. The parser
    /// fills it in without judging it: rules decide what is wrong, the emitter writes what is there.
    /// </summary>
    internal sealed record JobModel(
        TypeShape Type,
        JobAttributeInfo Job,
        EquatableArray<TableInfo> Tables,
        IngestionInfo? Ingestion,
        PrefixInfo? FeaturePrefix,
        PrefixInfo? TagPrefix,
        PrefixInfo? ShapPrefix,
        EquatableArray<MemberInfo> Members);

    /// <summary>How to re-declare the type in generated code, and how to name it.</summary>
    /// <param name="Namespace">The containing namespace, or null for the global namespace.</param>
    /// <param name="Name">The simple name.</param>
    /// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>ref struct</c>.</param>
    /// <param name="TypeParameters">The type parameter list as written (<c>&lt;T&gt;</c>), or empty.</param>
    /// <param name="IsPartial">Whether every declaration of the type is partial.</param>
    /// <param name="IsGeneric">Whether the type or a containing type has type parameters.</param>
    /// <param name="FullyQualifiedName"><c>global::Ns.Outer.Inner</c>.</param>
    /// <param name="DisplayName"><c>Ns.Outer.Inner</c>, for messages and <c>JobTypeName</c>.</param>
    /// <param name="HintName">A file name unique within the compilation.</param>
    /// <param name="IsAccessibleFromAssembly">Whether code elsewhere in the assembly can name the type.</param>
    /// <param name="ContainingTypes">The containing types, outermost first.</param>
    /// <param name="Location">The type's identifier.</param>
    internal sealed record TypeShape(
        string? Namespace,
        string Name,
        string Keyword,
        string TypeParameters,
        bool IsPartial,
        bool IsGeneric,
        string FullyQualifiedName,
        string DisplayName,
        string HintName,
        bool IsAccessibleFromAssembly,
        EquatableArray<ContainingTypeInfo> ContainingTypes,
        LocationInfo? Location);

    internal sealed record ContainingTypeInfo(
        string Name,
        string Keyword,
        string TypeParameters,
        bool IsPartial,
        bool IsGeneric,
        LocationInfo? Location);

    /// <summary>The <c>[TableImportJob]</c> attribute's values; null where the argument is missing or does not bind.</summary>
    internal sealed record JobAttributeInfo(
        string? ModelName,
        ModelTypeValue? ModelType,
        EnvironmentValue? Environment,
        string? ModelVersion,
        string? BatchId,
        NamingValue ColumnNaming,
        bool EventBased,
        LocationInfo? Location,
        LocationInfo? ModelNameLocation,
        LocationInfo? EventBasedLocation,
        LocationInfo? BatchIdLocation,
        LocationInfo? ModelVersionLocation);

    /// <summary>One table attribute (<c>[BigQueryTable]</c>, ...). A valid job has exactly one.</summary>
    internal sealed record TableInfo(StoreValue Store, EquatableArray<TableField> Fields, LocationInfo? Location);

    /// <summary>One coordinate of a table: the definition property it fills and its GraphQL name.</summary>
    internal sealed record TableField(string PropertyName, string GraphQLName, string? Value, bool IsRequired);

    /// <summary><c>[IngestionParameters]</c>: only the values the user set.</summary>
    internal sealed record IngestionInfo(
        int? RowLimit,
        int? RefreshIntervalMinutes,
        int? QueryWindowSizeHours,
        LocationInfo? Location);

    /// <summary>A <c>[FeaturePrefix]</c>, <c>[TagPrefix]</c> or <c>[ShapPrefix]</c>.</summary>
    internal sealed record PrefixInfo(string? Value, LocationInfo? Location);

    /// <summary>
    /// A mapped member: an instance property or field that is public or carries one of our attributes (members the
    /// rules must reject, such as a static member with a role, are kept so that they can be reported).
    /// </summary>
    /// <param name="Name">The member name, which is also the name of its <c>Columns</c> constant.</param>
    /// <param name="Column">The column name after the naming policy and any override.</param>
    /// <param name="ExplicitColumn">The name given by <c>[ColumnName]</c> or DataAnnotations <c>[Column]</c>, if any.</param>
    /// <param name="ColumnAttributeLocation">That attribute's argument, for rules about the column name.</param>
    /// <param name="IsExcluded">Marked <c>[NotImported]</c> or <c>[NotMapped]</c>: no column, no role.</param>
    /// <param name="IsInherited">Declared on a base type.</param>
    /// <param name="ColumnType">The type's token in the warehouse type table (<c>WarehouseColumnTypes</c>): <c>Int32</c>, <c>String[]</c>, <c>Map&lt;String,Double&gt;</c>, or <c>?</c>.</param>
    /// <param name="Location">The member's identifier, or null when it is declared in metadata.</param>
    internal sealed record MemberInfo(
        string Name,
        bool IsProperty,
        string Column,
        string? ExplicitColumn,
        LocationInfo? ColumnAttributeLocation,
        bool IsExcluded,
        bool IsInherited,
        bool IsStatic,
        bool IsIndexer,
        bool IsReadable,
        ValueKind Kind,
        string TypeDisplay,
        string ColumnType,
        EquatableArray<RoleInfo> Roles,
        EmbeddingInfo? Embedding,
        LocationInfo? Location);

    /// <summary>A role attribute on a member, with the attribute's location (quick fixes remove it).</summary>
    internal sealed record RoleInfo(Role Role, LocationInfo? Location);

    /// <summary><c>[EmbeddingFeature]</c> arguments.</summary>
    internal sealed record EmbeddingInfo(string? FeatureName, string? RawDataColumn, string? LinkToDataColumn);
}
