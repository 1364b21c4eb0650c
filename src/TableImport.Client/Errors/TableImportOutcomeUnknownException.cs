using System.Net;

namespace TableImport.Client;

/// <summary>
/// A create (or a triggered run) may or may not have happened: the request went out, but its answer was lost to a
/// timeout, a dropped connection or a 5xx from the server or a gateway in front of it. The client never repeats such a
/// call by itself, because a repeat could create a second job; look for the job (<see cref="TableImportClient.ListJobsAsync"/>
/// or <see cref="TableImportClient.FindJobAsync"/>) before creating it again.
/// </summary>
public sealed class TableImportOutcomeUnknownException : TableImportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation whose outcome is unknown, e.g. <c>CreateJob</c>.</param>
    /// <param name="what">What happened to the answer, for people.</param>
    /// <param name="statusCode">The HTTP status, when a response arrived.</param>
    /// <param name="serverMessages">The server's messages, if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    public TableImportOutcomeUnknownException(string operation, string what, HttpStatusCode? statusCode = null, IReadOnlyList<string>? serverMessages = null, Exception? innerException = null)
        : base(operation, Describe(operation, what + "; the server may have acted on the request, so it was not repeated", statusCode, serverMessages), statusCode, serverMessages, innerException)
    {
    }
}
