using System.ComponentModel;

namespace TableImport.Client;

/// <summary>
/// Every request body this client can send, for tools that check a server against the client (<c>tableimport
/// doctor</c> compares each type, field and argument they use with the server's schema). Written by the client's own
/// request writer, with definitions that set every field it can write; they break Arize rules and are for reading, not
/// for sending.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TableImportRequests
{
    /// <summary>Each operation's requests, every variant whose document differs by what it sends.</summary>
    public static IReadOnlyList<TableImportRequestSample> Every() =>
        TableImportRequestCatalog.EveryField().Select(r => new TableImportRequestSample(r.Operation.Name(), r.Body)).ToList();
}

/// <summary>One request body the client can send.</summary>
/// <param name="Operation">The client's operation, its method's name without <c>Async</c> (<c>CreateJob</c>, <c>UpdateJob</c>, ...).</param>
/// <param name="Body">The JSON body: <c>{"operationName", "query", "variables"}</c>.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record TableImportRequestSample(string Operation, string Body);
