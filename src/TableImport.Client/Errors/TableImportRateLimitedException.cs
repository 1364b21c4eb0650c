using System.Net;

namespace TableImport.Client;

/// <summary>
/// The server kept answering HTTP 429 after the retries, or asked for a wait longer than
/// <see cref="TableImportClientOptions.MaxRetryAfter"/>.
/// </summary>
public sealed class TableImportRateLimitedException : TableImportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation that was limited.</param>
    /// <param name="retryAfter">How long the server asked to wait, if it said.</param>
    /// <param name="serverMessages">The server's messages, if any.</param>
    public TableImportRateLimitedException(string operation, TimeSpan? retryAfter, IReadOnlyList<string>? serverMessages = null)
        : base(operation, Describe(operation, "rate limited" + (retryAfter is { } wait ? $", retry after {wait.TotalSeconds:0.#} s" : ""), HttpStatusCode.TooManyRequests, serverMessages), HttpStatusCode.TooManyRequests, serverMessages)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the server asked to wait, if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
