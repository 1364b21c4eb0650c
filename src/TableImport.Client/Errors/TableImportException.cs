using System.Net;

namespace TableImport.Client;

/// <summary>
/// A Table Importer call failed: an HTTP error, a GraphQL <c>errors</c> answer, or a body that could not be read. The message
/// names the operation and carries the server's messages; it never contains the API key.
/// </summary>
public class TableImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation that failed, e.g. <c>CreateJob</c>.</param>
    /// <param name="message">What went wrong, for people.</param>
    /// <param name="statusCode">The HTTP status, when a response arrived.</param>
    /// <param name="serverMessages">The server's own messages, if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    public TableImportException(string operation, string message, HttpStatusCode? statusCode = null, IReadOnlyList<string>? serverMessages = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ServerMessages = serverMessages ?? [];
    }

    /// <summary>The operation that failed, e.g. <c>CreateJob</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status of the response, when one arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The server's messages (GraphQL <c>errors[].message</c> or a validation message), in order.</summary>
    public IReadOnlyList<string> ServerMessages { get; }

    /// <summary>The GraphQL <c>errors[].extensions.code</c> values, when the server gave any.</summary>
    public IReadOnlyList<string> ErrorCodes { get; init; } = [];

    /// <summary>
    /// The server read the document and answered GraphQL <c>errors</c>: with HTTP 200, or with a 4xx as servers on
    /// graphql-js answer a document that fails validation. Only then do the messages say what the schema lacks.
    /// </summary>
    internal bool AnsweredWithErrors { get; init; }

    internal static string Describe(string operation, string what, HttpStatusCode? status, IReadOnlyList<string>? serverMessages)
    {
        var text = $"Table import operation '{operation}' failed: {what}";
        if (status is { } code)
        {
            text += $" (HTTP {(int)code} {code})";
        }

        if (serverMessages is { Count: > 0 })
        {
            text += ". Server said: " + string.Join("; ", serverMessages);
        }

        return text.EndsWith('.') ? text : text + ".";
    }
}
