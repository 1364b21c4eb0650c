using System.Net;

namespace TableImport.Client;

/// <summary>The server refused the API key (HTTP 401). The key itself is never part of the message.</summary>
public sealed class TableImportAuthenticationException : TableImportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation that was refused.</param>
    /// <param name="serverMessages">The server's messages, if any.</param>
    public TableImportAuthenticationException(string operation, IReadOnlyList<string>? serverMessages = null)
        : base(operation, Describe(operation, "the API key was refused; check TableImportClientOptions.ApiKey", HttpStatusCode.Unauthorized, serverMessages), HttpStatusCode.Unauthorized, serverMessages)
    {
    }
}
