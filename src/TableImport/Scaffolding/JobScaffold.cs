using System;
using System.Collections.Generic;

namespace TableImport.Scaffolding
{
    /// <summary>
    /// One job type to write as C#: the job (<see cref="Definition"/>) and what a definition cannot carry: the table's
    /// columns with their C# types, the class and namespace to write, and notes on what the source could not say.
    /// <see cref="JobScaffoldWriter.Write"/> turns it into an annotated partial type whose generated
    /// <c>TableImportJob</c> is the definition again.
    /// </summary>
    public sealed class JobScaffold
    {
        /// <summary>Starts a scaffold of <paramref name="definition"/>.</summary>
        /// <param name="definition">The job. A table coordinate left empty is written as a placeholder, with a note.</param>
        public JobScaffold(TableImportJobDefinition definition)
            => Definition = definition ?? throw new ArgumentNullException(nameof(definition));

        /// <summary>The job the type declares.</summary>
        public TableImportJobDefinition Definition { get; }

        /// <summary>The class name; null for one made from the model name (<see cref="JobScaffoldWriter.ClassNames"/>).</summary>
        public string? ClassName { get; set; }

        /// <summary>The namespace (dotted); null for none.</summary>
        public string? Namespace { get; set; }

        /// <summary>
        /// The table's columns in table order, each with its C# type: each is a member, with its role when the definition
        /// names the column. Empty when the column types are not known (a job read from a space): then each column the
        /// schema names is a member whose type is chosen from its role, and the file says so.
        /// </summary>
        public IList<ScaffoldColumn> Columns { get; } = new List<ScaffoldColumn>();

        /// <summary>What the source could not say, or what was assumed, one sentence each; written as comments on the type.</summary>
        public IList<string> Notes { get; } = new List<string>();

        /// <summary>Where the job came from, for the file's first comment (e.g. <c>job 4f2a... of space 'prod'</c>); null for none.</summary>
        public string? Source { get; set; }
    }

    /// <summary>A column of the table a job reads, with the C# type of the member that stands for it.</summary>
    public sealed class ScaffoldColumn
    {
        /// <summary>A column with the member type that holds it.</summary>
        /// <param name="name">The column's name in the table.</param>
        /// <param name="typeName">The member's C# type as written, e.g. <c>double?</c>, <c>List&lt;string&gt;</c>, <c>DateTimeOffset</c>.</param>
        public ScaffoldColumn(string name, string typeName)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
        }

        private ScaffoldColumn(string name, string? typeName, string note)
        {
            Name = name;
            TypeName = typeName;
            Note = note;
        }

        /// <summary>The column's name in the table.</summary>
        public string Name { get; }

        /// <summary>The member's C# type; null for a column no member type stands for (<see cref="Unsupported"/>).</summary>
        public string? TypeName { get; }

        /// <summary>The column type a DataAnnotations <c>[Column(TypeName = ...)]</c> declares, e.g. <c>decimal(18, 2)</c>; null for none.</summary>
        public string? ColumnTypeName { get; set; }

        /// <summary>A comment for the member, e.g. what was assumed about it; null for none.</summary>
        public string? Note { get; set; }

        /// <summary>
        /// A column no C# member type stands for faithfully: written as a comment saying <paramref name="reason"/>, never
        /// left out silently, and not a member (so the type's <c>CreateTableSql</c> does not declare it).
        /// </summary>
        /// <param name="name">The column's name.</param>
        /// <param name="reason">Why, and what to do about it.</param>
        public static ScaffoldColumn Unsupported(string name, string reason)
            => new ScaffoldColumn(name ?? throw new ArgumentNullException(nameof(name)), null, reason ?? throw new ArgumentNullException(nameof(reason)));
    }

    /// <summary>A column of a warehouse table as the warehouse describes it (<c>information_schema.columns</c>).</summary>
    public sealed class WarehouseColumn
    {
        /// <summary>A column.</summary>
        /// <param name="name">Its name, as the table spells it.</param>
        /// <param name="dataType">Its type as <c>information_schema.columns.data_type</c> spells it, e.g. <c>DECIMAL(18,2)</c>.</param>
        /// <param name="isNullable">Whether it may hold NULL.</param>
        public WarehouseColumn(string name, string dataType, bool isNullable = true)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            DataType = dataType ?? throw new ArgumentNullException(nameof(dataType));
            IsNullable = isNullable;
        }

        /// <summary>The column's name.</summary>
        public string Name { get; }

        /// <summary>The column's type, e.g. <c>TIMESTAMP WITH TIME ZONE</c>.</summary>
        public string DataType { get; }

        /// <summary>Whether the column may hold NULL (a value-type member is then nullable).</summary>
        public bool IsNullable { get; }

        /// <inheritdoc/>
        public override string ToString() => Name + " " + DataType;
    }

    /// <summary>What a job scaffolded from a table is, beyond the table: <see cref="TableScaffolds.FromDuckDb"/>.</summary>
    public sealed class TableScaffoldRequest
    {
        /// <summary>The Arize model name.</summary>
        public string ModelName { get; set; } = "";

        /// <summary>The model type.</summary>
        public ModelType ModelType { get; set; }

        /// <summary>The model environment.</summary>
        public ModelEnvironment Environment { get; set; }

        /// <summary>The warehouse the job reads in Arize; the local DuckDB table stands for its table.</summary>
        public TableStore Store { get; set; } = TableStore.BigQuery;

        /// <summary>The table's schema: the BigQuery dataset, the Snowflake or the Databricks schema.</summary>
        public string SchemaName { get; set; } = "";

        /// <summary>The table's name.</summary>
        public string TableName { get; set; } = "";

        /// <summary>The class name; null for one made from the model name.</summary>
        public string? ClassName { get; set; }

        /// <summary>The namespace; null for none.</summary>
        public string? Namespace { get; set; }
    }
}
