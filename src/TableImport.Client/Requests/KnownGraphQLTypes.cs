using System.Collections.Frozen;

namespace TableImport.Client;

/// <summary>
/// The only GraphQL type names a document of this client may name, as a variable's type or a fragment's type condition.
/// </summary>
/// <remarks>
/// A GraphQL server rejects a whole document that names one type it lacks, so each name here has evidence that Arize's
/// live API has it: the project's facts file (shared/reference/arize-api-facts.md, "GraphQL type names known to
/// exist") records it from the seed documentation [seed] or from a third-party client that runs against the live API
/// [3p]. Every other input (pause, start, delete, the ingestion-parameter update, the event-based create, the triggered
/// run) is written inline, as the seed writes it, with variables of these types inside the braces. What the client
/// depends on and what a user sees when the server lacks it: docs/api/compatibility.md. A test parses every document
/// the client can send and fails on any name outside this list.
/// </remarks>
internal static class KnownGraphQLTypes
{
    /// <summary>Built-in scalars.</summary>
    internal static readonly string[] BuiltIn = ["ID", "String", "Int", "Boolean", "Float"];

    /// <summary>The input of <c>createTableImportJob</c> [seed, 3p].</summary>
    internal const string CreateTableImportJobInput = "CreateTableImportJobInput";

    /// <summary>The column mapping [seed: the schema update's variable].</summary>
    internal const string TableImportSchemaInputType = "TableImportSchemaInputType";

    /// <summary>The ingestion parameters [seed: the schema update's variable].</summary>
    internal const string TableIngestionParametersInputType = "TableIngestionParametersInputType";

    /// <summary>A job's status [3p: the update's <c>$jobStatus</c>].</summary>
    internal const string JobStatus = "JobStatus";

    /// <summary>The space node, a fragment target [seed].</summary>
    internal const string Space = "Space";

    /// <summary>The job node, a fragment target [seed].</summary>
    internal const string TableImportJob = "TableImportJob";

    /// <summary>All of them.</summary>
    internal static readonly FrozenSet<string> All = BuiltIn
        .Concat([CreateTableImportJobInput, TableImportSchemaInputType, TableIngestionParametersInputType, JobStatus, Space, TableImportJob])
        .ToFrozenSet(StringComparer.Ordinal);
}
