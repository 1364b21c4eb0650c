using System.Net;
using Microsoft.Extensions.Logging;

namespace TableImport.Client;

// Source-generated logging. No message takes a header, a request body or an option value: those could carry the API key
// or the Databricks token.
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Table import {Operation}: sending attempt {Attempt} to {Endpoint}")]
    internal static partial void Sending(ILogger logger, string operation, int attempt, Uri endpoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Table import {Operation}: succeeded in {ElapsedMs} ms")]
    internal static partial void Succeeded(ILogger logger, string operation, long elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Table import {Operation}: attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    internal static partial void Retrying(ILogger logger, string operation, int attempt, string reason, long delayMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Table import {Operation}: failed with HTTP {StatusCode}: {Message}")]
    internal static partial void HttpFailed(ILogger logger, string operation, HttpStatusCode statusCode, string message);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Table import {Operation}: failed: {Message}")]
    internal static partial void Failed(ILogger logger, string operation, string message);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Table import {Operation}: validation {Status}: {ErrorMessage} ({ErrorCode})")]
    private static partial void ValidationFailed(ILogger logger, string operation, string status, string? errorCode, string? errorMessage);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Table import {Operation}: validation {Status}")]
    private static partial void ValidationPassed(ILogger logger, string operation, string status);

    internal static void Validation(ILogger logger, string operation, TableImportValidationResult result)
    {
        if (result.Passed)
        {
            ValidationPassed(logger, operation, result.Status);
        }
        else
        {
            ValidationFailed(logger, operation, result.Status, result.ErrorCode ?? "no code", result.ErrorMessage ?? "no message");
        }
    }

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Table import {Operation}: skipped job {JobId}: it has {UnknownValue}, which this client version does not know")]
    internal static partial void SkippedJob(ILogger logger, string operation, string jobId, string unknownValue);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Table import {Operation}: looked for the job by {Form}; found: {Found}")]
    internal static partial void FoundBy(ILogger logger, string operation, string form, bool found);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Table import {Operation}: waiting for the client-side rate limit")]
    internal static partial void RateLimitWait(ILogger logger, string operation);
}
