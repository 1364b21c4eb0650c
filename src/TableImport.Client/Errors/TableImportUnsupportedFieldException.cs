namespace TableImport.Client;

/// <summary>
/// The server refused a document because its schema lacks an optional field the client sent: an extra that a
/// third-party client's documents show but no working request has proven (docs/api/compatibility.md). Nothing was
/// changed: a GraphQL server refuses the whole document. <c>tableimport doctor</c> names every such field a server lacks.
/// </summary>
public sealed class TableImportUnsupportedFieldException : TableImportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The client's operation, e.g. <c>UpdateJob</c>.</param>
    /// <param name="mutation">The GraphQL field the document called, e.g. <c>updateTableImportJob</c>.</param>
    /// <param name="field">The input field the server lacks, e.g. <c>modelVersion</c>.</param>
    /// <param name="serverMessages">The server's messages.</param>
    /// <param name="innerException">The error as the client first read it.</param>
    public TableImportUnsupportedFieldException(string operation, string mutation, string field, IReadOnlyList<string> serverMessages, Exception? innerException = null)
        : base(operation, Describe(operation, $"this server's {mutation} has no {field}, so nothing was changed", null, serverMessages), null, serverMessages, innerException)
    {
        Mutation = mutation;
        Field = field;
    }

    /// <summary>The GraphQL field the document called, e.g. <c>updateTableImportJob</c>.</summary>
    public string Mutation { get; }

    /// <summary>The input field the server lacks, e.g. <c>modelVersion</c>.</summary>
    public string Field { get; }
}
