namespace TableImport.Emulator.Warehouse;

/// <summary>
/// What a mapped column holds, and which DuckDB types can hold it. The table mirrors the rulebook's TI0010 (member
/// types by role) in DuckDB's types, so that a table whose columns follow a valid job type's members passes:
/// <c>DateTime</c> is TIMESTAMP, <c>DateTimeOffset</c> TIMESTAMP WITH TIME ZONE, <c>DateOnly</c> DATE, <c>Guid</c> UUID,
/// a dictionary MAP(VARCHAR, number), a sequence a LIST or ARRAY. docs/emulator.md lists it for users.
/// </summary>
internal sealed class ColumnRole
{
    private const string Numbers = "an integer, DECIMAL, FLOAT or DOUBLE";
    private const string TimestampsAndDate = "TIMESTAMP (any precision), TIMESTAMP WITH TIME ZONE or DATE";

    private readonly Func<DuckDbType, bool> accepts;

    private ColumnRole(string name, string allowed, Func<DuckDbType, bool> accepts)
    {
        Name = name;
        Allowed = allowed;
        this.accepts = accepts;
    }

    public static ColumnRole PredictionId { get; } = new("a prediction id", "VARCHAR, UUID or an integer", t => t.IsString || t.Name == "UUID" || t.IsInteger);

    public static ColumnRole GroupId { get; } = new("a prediction group id", "VARCHAR, UUID or an integer", t => t.IsString || t.Name == "UUID" || t.IsInteger);

    public static ColumnRole Timestamp { get; } = new("a prediction timestamp", TimestampsAndDate + ", or a number (epoch)", t => t.IsTimestamp || t.IsDate || t.IsNumber);

    public static ColumnRole ChangeTimestamp { get; } = new("a change timestamp", TimestampsAndDate, t => t.IsTimestamp || t.IsDate);

    public static ColumnRole Text { get; } = new("a version or batch id", "VARCHAR", t => t.IsString);

    public static ColumnRole CategoricalLabel { get; } = new("a label", "VARCHAR, ENUM, BOOLEAN or a number", t => t.IsStringLike || t.IsBoolean || t.IsNumber);

    public static ColumnRole NumericLabel { get; } = new("a label of a numeric model", Numbers, t => t.IsNumber);

    public static ColumnRole Score { get; } = new("a score", Numbers, t => t.IsNumber);

    public static ColumnRole Rank { get; } = new("a rank", "an integer", t => t.IsInteger);

    public static ColumnRole ScoreMap { get; } = new("multi-class scores", "MAP(VARCHAR, number)", t => t.Name == "MAP" && t.Elements.Count == 2 && t.Elements[0].IsStringLike && t.Elements[1].IsNumber);

    public static ColumnRole Feature { get; } = new("a feature", "VARCHAR, ENUM, BOOLEAN, a number, a timestamp, DATE or VARCHAR[]", t => Scalar(t) || t.Element is { IsString: true });

    public static ColumnRole Tag { get; } = new("a tag", "VARCHAR, ENUM, BOOLEAN, a number, a timestamp or DATE", Scalar);

    public static ColumnRole ShapValue { get; } = new("a SHAP value", Numbers, t => t.IsNumber);

    public static ColumnRole EmbeddingVector { get; } = new("an embedding vector", "FLOAT[] or DOUBLE[] (a list or a fixed-size array)", t => t.Element is { Name: "FLOAT" or "DOUBLE" });

    public static ColumnRole EmbeddingRawData { get; } = new("an embedding's raw data", "VARCHAR or VARCHAR[]", t => t.IsString || t.Element is { IsString: true });

    public static ColumnRole EmbeddingLink { get; } = new("an embedding's link to data", "VARCHAR", t => t.IsString);

    public static ColumnRole BoxCoordinates { get; } = new("bounding-box coordinates", "a list of lists of numbers (e.g. DOUBLE[][])", t => t.Element?.Element is { IsNumber: true });

    public static ColumnRole BoxCategories { get; } = new("bounding-box categories", "VARCHAR[]", t => t.Element is { IsString: true });

    public static ColumnRole BoxScores { get; } = new("bounding-box scores", "a list of numbers (e.g. DOUBLE[])", t => t.Element is { IsNumber: true });

    /// <summary>
    /// The role of a column that holds <paramref name="content"/> (the schema catalog says what each field's columns
    /// hold): a label is a number for a numeric model, and categorical otherwise.
    /// </summary>
    public static ColumnRole Of(ColumnContent content, bool numericModel) => content switch
    {
        ColumnContent.Identifier => PredictionId,
        ColumnContent.PredictionTime => Timestamp,
        ColumnContent.ChangeTime => ChangeTimestamp,
        ColumnContent.Text => Text,
        ColumnContent.Label => numericModel ? NumericLabel : CategoricalLabel,
        ColumnContent.Score => Score,
        ColumnContent.Ordinal => Rank,
        ColumnContent.ScoreMap => ScoreMap,
        ColumnContent.Feature => Feature,
        ColumnContent.Tag => Tag,
        ColumnContent.ShapValue => ShapValue,
        ColumnContent.EmbeddingVector => EmbeddingVector,
        ColumnContent.EmbeddingRawData => EmbeddingRawData,
        ColumnContent.EmbeddingLink => EmbeddingLink,
        ColumnContent.BoxCoordinates => BoxCoordinates,
        ColumnContent.BoxCategories => BoxCategories,
        ColumnContent.BoxScores => BoxScores,
        _ => throw new InvalidOperationException($"No warehouse role holds {content}: give it one here and in docs/emulator.md."),
    };

    /// <summary>What the column holds, for messages: "a change timestamp".</summary>
    public string Name { get; }

    /// <summary>The DuckDB types that can hold it, for messages.</summary>
    public string Allowed { get; }

    public bool Accepts(DuckDbType type) => accepts(type);

    private static bool Scalar(DuckDbType t) => t.IsStringLike || t.IsBoolean || t.IsNumber || t.IsTimestamp || t.IsDate;
}
