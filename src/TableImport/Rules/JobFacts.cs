using System.Collections.Generic;

namespace TableImport.Rules
{
    /// <summary>
    /// One job as the rule engine sees it: plain data that both a job type (through the analyzer's model) and a
    /// <c>TableImportJobDefinition</c> can produce. Null means "not given"; the rules decide what that means.
    /// </summary>
    internal sealed class JobFacts
    {
        public JobFacts(string subject) => Subject = subject;

        /// <summary>How messages name the job: <c>Job type 'Ns.Type'</c>, or <c>Job 'model'</c> for one built in code.</summary>
        public string Subject { get; }

        public string? ModelName { get; set; }

        public ModelType? ModelType { get; set; }

        public ModelEnvironment? Environment { get; set; }

        /// <summary>The fixed batch id (<c>batchId</c>); a batch id column is a <c>BatchIdColumn</c> column.</summary>
        public string? BatchId { get; set; }

        public bool EventBased { get; set; }

        /// <summary><c>tableStore</c> when it is given apart from the table (a definition); null when the table says it (a job type).</summary>
        public TableStore? DeclaredStore { get; set; }

        /// <summary>Every table given: a valid job has exactly one.</summary>
        public List<TableFact> Tables { get; } = new List<TableFact>();

        public int? RowLimit { get; set; }

        public int? RefreshIntervalMinutes { get; set; }

        public int? QueryWindowSizeHours { get; set; }

        public string? FeaturePrefix { get; set; }

        public string? TagPrefix { get; set; }

        public string? ShapPrefix { get; set; }

        /// <summary>
        /// One entry per role a column plays (a column with two roles is two entries), plus, from a job type, one entry
        /// without a role for each mapped member that has none.
        /// </summary>
        public List<ColumnFact> Columns { get; } = new List<ColumnFact>();

        public List<EmbeddingFact> Embeddings { get; } = new List<EmbeddingFact>();
    }

    /// <summary>A table and its coordinates by GraphQL name (<c>projectId</c>, <c>accountID</c>, ...).</summary>
    internal sealed class TableFact
    {
        public TableFact(TableStore store, IReadOnlyDictionary<string, string?> coordinates)
        {
            Store = store;
            Coordinates = coordinates;
        }

        public TableStore Store { get; }

        public IReadOnlyDictionary<string, string?> Coordinates { get; }

        public string? Coordinate(string name) => Coordinates.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>A column in one role; <c>Member</c> names the C# member when the job is a type.</summary>
    internal sealed class ColumnFact
    {
        public ColumnFact(string name, Role? role, string? member)
        {
            Name = name;
            Role = role;
            Member = member;
        }

        public string Name { get; }

        /// <summary>Null for a mapped member with no role (only a job type has those).</summary>
        public Role? Role { get; }

        public string? Member { get; }

        /// <summary>For messages: <c>member 'Label' (column 'label')</c>, or <c>column 'label'</c>.</summary>
        public string Describe() => Member is null ? "column '" + Name + "'" : "member '" + Member + "' (column '" + Name + "')";
    }

    /// <summary>An embedding feature's names; its vector column is a <c>EmbeddingFeature</c> column.</summary>
    internal sealed class EmbeddingFact
    {
        public EmbeddingFact(string? featureName, string? rawDataColumn, string? linkToDataColumn, string? member)
        {
            FeatureName = featureName;
            RawDataColumn = rawDataColumn;
            LinkToDataColumn = linkToDataColumn;
            Member = member;
        }

        public string? FeatureName { get; }

        public string? RawDataColumn { get; }

        public string? LinkToDataColumn { get; }

        public string? Member { get; }
    }
}
