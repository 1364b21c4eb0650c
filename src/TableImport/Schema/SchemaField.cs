using System;
using System.Collections.Generic;
using System.ComponentModel;
using TableImport.Rules;

namespace TableImport
{
    // Public in TableImport, for the client, the emulator, hosting and the tool; internal where this file is linked into
    // the analyzer (like the rule engine), which must not export a type a project referencing both would see twice.

    /// <summary>What one field of <c>TableImportSchemaInputType</c> holds.</summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    enum SchemaFieldKind
    {
        /// <summary>One column name, e.g. <c>predictionId</c>.</summary>
        Column,

        /// <summary>A column-name prefix: every column that starts with it is named.</summary>
        Prefix,

        /// <summary>A list of column names.</summary>
        ColumnList,

        /// <summary>A list of embedding features, each an object of columns.</summary>
        Embeddings,

        /// <summary>An object of bounding-box columns (object detection).</summary>
        ObjectDetection,
    }

    /// <summary>
    /// What the data in a mapped column is, whichever field names it: what the analyzer checks a member's C# type
    /// against (TI0010), what the emulator checks a warehouse column's type against, and what a scaffolded member's type
    /// is chosen from.
    /// </summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    enum ColumnContent
    {
        /// <summary>A prediction id or group id: a string, a GUID or an integer.</summary>
        Identifier,

        /// <summary>When the prediction was made: a date/time, or a number (an epoch).</summary>
        PredictionTime,

        /// <summary>When the row last changed, which table imports ingest by: a date/time.</summary>
        ChangeTime,

        /// <summary>A model version or a batch id: a string.</summary>
        Text,

        /// <summary>A label: categorical (string, boolean, number) or, for numeric models, a number.</summary>
        Label,

        /// <summary>A score: a number.</summary>
        Score,

        /// <summary>A ranking's position: an integer.</summary>
        Ordinal,

        /// <summary>Multi-class scores: a map from class name to number.</summary>
        ScoreMap,

        /// <summary>A feature: a string, boolean, number, date/time, or list of strings.</summary>
        Feature,

        /// <summary>A tag: a string, boolean, number or date/time.</summary>
        Tag,

        /// <summary>A SHAP value: a number.</summary>
        ShapValue,

        /// <summary>An embedding vector: a list of floating-point numbers.</summary>
        EmbeddingVector,

        /// <summary>An embedding's raw data: a string or a list of strings.</summary>
        EmbeddingRawData,

        /// <summary>An embedding's link to its data: a string.</summary>
        EmbeddingLink,

        /// <summary>Bounding-box coordinates: a list of lists of numbers.</summary>
        BoxCoordinates,

        /// <summary>Bounding-box categories: a list of strings.</summary>
        BoxCategories,

        /// <summary>Bounding-box scores: a list of numbers.</summary>
        BoxScores,
    }

    /// <summary>
    /// One field of the job schema (<c>TableImportSchemaInputType</c>): its GraphQL name, the <see cref="TableImportSchema"/>
    /// property that holds it, what it holds, and how to read and write it, by delegates (no reflection, so it is
    /// trimming- and AOT-safe). <see cref="SchemaFields.All"/> lists every field; everything that reads or writes a schema
    /// field field by field is driven by it.
    /// </summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    sealed class SchemaField
    {
        private Func<TableImportSchema, string?>? getColumn;
        private Action<TableImportSchema, string?>? setColumn;
        private Func<TableImportSchema, IReadOnlyList<string>?>? getList;
        private Action<TableImportSchema, IReadOnlyList<string>?>? setList;
        private Func<TableImportSchema, IReadOnlyList<EmbeddingFeatureColumns>?>? getEmbeddings;
        private Action<TableImportSchema, IReadOnlyList<EmbeddingFeatureColumns>?>? setEmbeddings;
        private Func<TableImportSchema, ObjectDetectionColumns?>? getBoxes;
        private Action<TableImportSchema, ObjectDetectionColumns?>? setBoxes;

        private SchemaField(string graphQLName, string propertyName, SchemaFieldKind kind, SchemaFieldLayout layout, int requestPosition, Role? role, ColumnContent? content, ModelType[]? modelTypes)
        {
            GraphQLName = graphQLName;
            PropertyName = propertyName;
            Kind = kind;
            Layout = layout;
            RequestPosition = requestPosition;
            Role = role;
            Content = content;
            ModelTypes = modelTypes;
            Path = "schema." + graphQLName;
        }

        /// <summary>The GraphQL input field, e.g. <c>predictionId</c>.</summary>
        public string GraphQLName { get; }

        /// <summary>The <see cref="TableImportSchema"/> property, e.g. <c>PredictionId</c>.</summary>
        public string PropertyName { get; }

        /// <summary>The field's path in <c>CreateTableImportJobInput</c>, e.g. <c>schema.predictionId</c>.</summary>
        public string Path { get; }

        /// <summary>A column, a prefix, a list of columns, or an object of columns.</summary>
        public SchemaFieldKind Kind { get; }

        /// <summary>
        /// What the named column (or every column the prefix or list names) holds; null for a field whose columns are
        /// not data (the excluded ones) and for the objects, whose <see cref="Parts"/> say it per column.
        /// </summary>
        public ColumnContent? Content { get; }

        /// <summary>The columns of each object of an <see cref="SchemaFieldKind.Embeddings"/> or <see cref="SchemaFieldKind.ObjectDetection"/> field; empty otherwise.</summary>
        public IReadOnlyList<SchemaFieldPart> Parts { get; private set; } = Array.Empty<SchemaFieldPart>();

        /// <summary>The role attribute whose members fill the field; null for a field no member fills (SHAP values, excluded columns).</summary>
        internal Role? Role { get; }

        /// <summary>The model types whose schema may name the field (TI0009); null for every model type.</summary>
        internal ModelType[]? ModelTypes { get; }

        /// <summary>Where the field goes in the GraphQL selection of a job: on a line with its neighbours of one group, or on its own.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public SchemaFieldLayout Layout { get; }

        /// <summary>Where the field goes in a request's schema object: the seed example's order, which a captured request then reads like.</summary>
        internal int RequestPosition { get; }

        /// <summary>The column (<see cref="SchemaFieldKind.Column"/>) or the prefix (<see cref="SchemaFieldKind.Prefix"/>) of <paramref name="schema"/>.</summary>
        public string? GetText(TableImportSchema schema) => (getColumn ?? throw WrongKind("GetText"))(schema);

        /// <summary>Sets the column or the prefix; null leaves the field out.</summary>
        public void SetText(TableImportSchema schema, string? value) => (setColumn ?? throw WrongKind("SetText"))(schema, value);

        /// <summary>The columns of a <see cref="SchemaFieldKind.ColumnList"/> field.</summary>
        public IReadOnlyList<string>? GetList(TableImportSchema schema) => (getList ?? throw WrongKind("GetList"))(schema);

        /// <summary>Sets the columns of a list field; null leaves the field out.</summary>
        public void SetList(TableImportSchema schema, IReadOnlyList<string>? value) => (setList ?? throw WrongKind("SetList"))(schema, value);

        /// <summary>The embedding features of the <see cref="SchemaFieldKind.Embeddings"/> field.</summary>
        public IReadOnlyList<EmbeddingFeatureColumns>? GetEmbeddings(TableImportSchema schema) => (getEmbeddings ?? throw WrongKind("GetEmbeddings"))(schema);

        /// <summary>Sets the embedding features; null leaves the field out.</summary>
        public void SetEmbeddings(TableImportSchema schema, IReadOnlyList<EmbeddingFeatureColumns>? value) => (setEmbeddings ?? throw WrongKind("SetEmbeddings"))(schema, value);

        /// <summary>The bounding-box columns of an <see cref="SchemaFieldKind.ObjectDetection"/> field.</summary>
        public ObjectDetectionColumns? GetBoxes(TableImportSchema schema) => (getBoxes ?? throw WrongKind("GetBoxes"))(schema);

        /// <summary>Sets the bounding-box columns; null leaves the field out.</summary>
        public void SetBoxes(TableImportSchema schema, ObjectDetectionColumns? value) => (setBoxes ?? throw WrongKind("SetBoxes"))(schema, value);

        /// <summary>Whether <paramref name="schema"/> sets the field (a null field is left out of a request).</summary>
        public bool IsSet(TableImportSchema schema)
        {
            switch (Kind)
            {
                case SchemaFieldKind.ColumnList: return GetList(schema) is not null;
                case SchemaFieldKind.Embeddings: return GetEmbeddings(schema) is not null;
                case SchemaFieldKind.ObjectDetection: return GetBoxes(schema) is not null;
                default: return GetText(schema) is not null;
            }
        }

        /// <inheritdoc/>
        public override string ToString() => Path;

        internal static SchemaField Text(string graphQLName, string propertyName, SchemaFieldKind kind, SchemaFieldLayout layout, int requestPosition, Role? role, ColumnContent? content, ModelType[]? modelTypes, Func<TableImportSchema, string?> get, Action<TableImportSchema, string?> set)
            => new SchemaField(graphQLName, propertyName, kind, layout, requestPosition, role, content, modelTypes) { getColumn = get, setColumn = set };

        internal static SchemaField List(string graphQLName, string propertyName, SchemaFieldLayout layout, int requestPosition, Role? role, ColumnContent? content, Func<TableImportSchema, IReadOnlyList<string>?> get, Action<TableImportSchema, IReadOnlyList<string>?> set)
            => new SchemaField(graphQLName, propertyName, SchemaFieldKind.ColumnList, layout, requestPosition, role, content, null) { getList = get, setList = set };

        internal static SchemaField Embeddings(string graphQLName, string propertyName, SchemaFieldLayout layout, int requestPosition, Role role, IReadOnlyList<SchemaFieldPart> parts, Func<TableImportSchema, IReadOnlyList<EmbeddingFeatureColumns>?> get, Action<TableImportSchema, IReadOnlyList<EmbeddingFeatureColumns>?> set)
            => new SchemaField(graphQLName, propertyName, SchemaFieldKind.Embeddings, layout, requestPosition, role, null, null) { getEmbeddings = get, setEmbeddings = set, Parts = parts };

        internal static SchemaField Boxes(string graphQLName, string propertyName, SchemaFieldLayout layout, int requestPosition, ModelType[] modelTypes, IReadOnlyList<SchemaFieldPart> parts, Func<TableImportSchema, ObjectDetectionColumns?> get, Action<TableImportSchema, ObjectDetectionColumns?> set)
            => new SchemaField(graphQLName, propertyName, SchemaFieldKind.ObjectDetection, layout, requestPosition, null, null, modelTypes) { getBoxes = get, setBoxes = set, Parts = parts };

        private InvalidOperationException WrongKind(string method) => new InvalidOperationException(Path + " is a " + Kind + " field; " + method + " does not apply to it.");
    }

    /// <summary>
    /// One column of an object-valued schema field: of each embedding feature (<c>vectorCol</c>, ...) or of a set of
    /// bounding boxes (<c>boundingBoxesCoordinatesColumnName</c>, ...).
    /// </summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    sealed class SchemaFieldPart
    {
        private Func<EmbeddingFeatureColumns, string?>? getEmbedding;
        private Action<EmbeddingFeatureColumns, string?>? setEmbedding;
        private Func<ObjectDetectionColumns, string?>? getBoxes;
        private Action<ObjectDetectionColumns, string?>? setBoxes;

        private SchemaFieldPart(string graphQLName, string propertyName, bool isRequired, Role? role, ColumnContent? content)
        {
            GraphQLName = graphQLName;
            PropertyName = propertyName;
            IsRequired = isRequired;
            Role = role;
            Content = content;
        }

        /// <summary>The GraphQL input field, e.g. <c>vectorCol</c>.</summary>
        public string GraphQLName { get; }

        /// <summary>The property of <see cref="EmbeddingFeatureColumns"/> or <see cref="ObjectDetectionColumns"/>, e.g. <c>VectorCol</c>.</summary>
        public string PropertyName { get; }

        /// <summary>The input type declares it non-null: a request writes it even when empty.</summary>
        public bool IsRequired { get; }

        /// <summary>What the named column holds; null for a part that names no column (an embedding's <c>featureName</c>).</summary>
        public ColumnContent? Content { get; }

        /// <summary>The role attribute whose member fills the part; null where a member's attribute argument fills it.</summary>
        internal Role? Role { get; }

        /// <summary>The part's value in one embedding feature.</summary>
        public string? Get(EmbeddingFeatureColumns embedding) => (getEmbedding ?? throw WrongItem())(embedding);

        /// <summary>Sets the part in one embedding feature.</summary>
        public void Set(EmbeddingFeatureColumns embedding, string? value) => (setEmbedding ?? throw WrongItem())(embedding, value);

        /// <summary>The part's value in a set of bounding-box columns.</summary>
        public string? Get(ObjectDetectionColumns boxes) => (getBoxes ?? throw WrongItem())(boxes);

        /// <summary>Sets the part in a set of bounding-box columns.</summary>
        public void Set(ObjectDetectionColumns boxes, string? value) => (setBoxes ?? throw WrongItem())(boxes, value);

        /// <inheritdoc/>
        public override string ToString() => GraphQLName;

        internal static SchemaFieldPart OfEmbedding(string graphQLName, string propertyName, bool isRequired, Role? role, ColumnContent? content, Func<EmbeddingFeatureColumns, string?> get, Action<EmbeddingFeatureColumns, string?> set)
            => new SchemaFieldPart(graphQLName, propertyName, isRequired, role, content) { getEmbedding = get, setEmbedding = set };

        internal static SchemaFieldPart OfBoxes(string graphQLName, string propertyName, Role role, ColumnContent content, Func<ObjectDetectionColumns, string?> get, Action<ObjectDetectionColumns, string?> set)
            => new SchemaFieldPart(graphQLName, propertyName, false, role, content) { getBoxes = get, setBoxes = set };

        private InvalidOperationException WrongItem() => new InvalidOperationException(GraphQLName + " is not a column of that object.");
    }

    /// <summary>How a job's GraphQL selection lays a field out: the groups of the client's fragment, one line each.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    enum SchemaFieldLayout
    {
        /// <summary>The columns every model may name.</summary>
        Common,

        /// <summary>Features, tags, SHAP values and what is excluded.</summary>
        FeaturesAndTags,

        /// <summary>The columns of one model type (ranking, multi-class).</summary>
        ModelSpecific,

        /// <summary>An object: a line of its own.</summary>
        OwnLine,
    }
}
