using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly;
using Polly.RateLimiting;
using Polly.Timeout;
using TableImport.Client.Wire;

namespace TableImport.Client;

public sealed partial class TableImportClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private async Task<TData> SendAsync<TData>(TableImportOperation operation, ReadOnlyMemory<byte> body, JsonTypeInfo<GraphQLResponse<TData>> typeInfo, CancellationToken cancellationToken)
        where TData : class
    {
        var name = operation.Name();
        using var activity = TableImportTelemetry.StartOperation(operation, options.Endpoint);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var data = await SendThroughPipelineAsync(operation, body, typeInfo, cancellationToken).ConfigureAwait(false);
            outcome = "success";
            Log.Succeeded(logger, name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return data;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "canceled";
            throw;
        }
        catch (TableImportException ex)
        {
            outcome = ex switch
            {
                TableImportAuthenticationException => "unauthorized",
                TableImportRateLimitedException => "rate_limited",
                TableImportOutcomeUnknownException => "outcome_unknown",
                { StatusCode: not null } => "http_error",
                _ => ex.InnerException is JsonException ? "invalid_response" : "graphql_error",
            };
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            Log.Failed(logger, name, ex.Message);
            throw;
        }
        finally
        {
            activity?.SetTag("tableimport.outcome", outcome);
            TableImportTelemetry.Record(name, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Sends through the client's one pipeline (<see cref="TableImportResilience"/>) and reads the final answer.</summary>
    private async Task<TData> SendThroughPipelineAsync<TData>(TableImportOperation operation, ReadOnlyMemory<byte> body, JsonTypeInfo<GraphQLResponse<TData>> typeInfo, CancellationToken cancellationToken)
        where TData : class
    {
        var name = operation.Name();
        var attempts = new Attempts(this, operation, body);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(TableImportResilience.OperationKey, operation);
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(static (ctx, state) => state.Client.SendAttemptAsync(state, ctx.CancellationToken), context, attempts).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Failure(operation, ex, attempts.Count) is { } failure)
        {
            throw failure;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            // Buffered by the attempt, so reading it cannot fail on the network any more.
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var status = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return Parse(name, status, content, typeInfo);
            }

            var (messages, codes, answeredWithErrors) = ServerMessages(content);
            if (status == HttpStatusCode.Unauthorized)
            {
                throw new TableImportAuthenticationException(name, messages);
            }

            Log.HttpFailed(logger, name, status, messages.Count > 0 ? messages[0] : "(no message)");
            if (status == HttpStatusCode.TooManyRequests)
            {
                throw new TableImportRateLimitedException(name, RetryDelays.RetryAfter(response.Headers), messages);
            }

            if (!operation.IsSafeToRetry() && RetryDelays.IsTransient(status))
            {
                throw new TableImportOutcomeUnknownException(name, "the server answered an HTTP error after the request reached it", status, messages);
            }

            throw new TableImportException(name, TableImportException.Describe(name, "the server answered an HTTP error", status, messages), status, messages)
            {
                ErrorCodes = codes,
                AnsweredWithErrors = answeredWithErrors && (int)status is >= 400 and < 500,
            };
        }
    }

    /// <summary>One attempt: the request, the response headers and its whole body, all within the attempt's timeout.</summary>
    private async ValueTask<HttpResponseMessage> SendAttemptAsync(Attempts attempts, CancellationToken cancellationToken)
    {
        var attempt = ++attempts.Count;
        Log.Sending(logger, attempts.Operation.Name(), attempt, options.Endpoint);
        using var request = CreateRequest(attempts.Body);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The exception for an attempt that ended without an answer; null for one to rethrow as it is.</summary>
    private TableImportException? Failure(TableImportOperation operation, Exception exception, int attempts)
    {
        var name = operation.Name();
        var unsafeToRepeat = !operation.IsSafeToRetry();
        switch (exception)
        {
            case TimeoutRejectedException or OperationCanceledException:
                // Not the caller's cancellation (filtered out above): the attempt timeout, or a shorter HttpClient.Timeout.
                var limit = exception is TimeoutRejectedException || http.Timeout >= options.AttemptTimeout ? options.AttemptTimeout : http.Timeout;
                var timeout = $"no answer within {limit.TotalSeconds:0.#} s (attempt {attempts})";
                return unsafeToRepeat
                    ? new TableImportOutcomeUnknownException(name, timeout, innerException: exception)
                    : new TableImportException(name, TableImportException.Describe(name, timeout, null, null), innerException: exception);
            case HttpRequestException http when unsafeToRepeat && !TableImportResilience.NeverSent(http):
            case IOException when unsafeToRepeat:
                return new TableImportOutcomeUnknownException(name, "the connection to " + options.Endpoint + " failed after the request was sent: " + Redact(exception.Message), innerException: exception);
            case HttpRequestException http:
                return new TableImportException(name, TableImportException.Describe(name, "could not reach " + options.Endpoint + ": " + Redact(http.Message), http.StatusCode, null), http.StatusCode, innerException: http);
            case IOException:
                return new TableImportException(name, TableImportException.Describe(name, "the connection to " + options.Endpoint + " failed: " + Redact(exception.Message), null, null), innerException: exception);
            case RateLimiterRejectedException:
                return new TableImportRateLimitedException(name, null, ["the client-side rate limiter refused the call"]);
            default:
                return null;
        }
    }

    private HttpRequestMessage CreateRequest(ReadOnlyMemory<byte> body)
    {
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = JsonMediaType;
        var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.TryAddWithoutValidation("x-api-key", options.ApiKey);
        }

        return request;
    }

    private TData Parse<TData>(string operation, HttpStatusCode status, byte[] content, JsonTypeInfo<GraphQLResponse<TData>> typeInfo)
        where TData : class
    {
        GraphQLResponse<TData>? response;
        try
        {
            response = JsonSerializer.Deserialize(content, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new TableImportException(operation, TableImportException.Describe(operation, "the response was not JSON: " + Snippet(content), null, null), innerException: ex);
        }

        if (response is null)
        {
            throw new TableImportException(operation, TableImportException.Describe(operation, "the response was empty", null, null));
        }

        if (response.Errors is { Count: > 0 } errors)
        {
            var (messages, codes) = MessagesAndCodes(errors);
            throw new TableImportException(operation, TableImportException.Describe(operation, "the server answered with errors", null, messages), null, messages)
            {
                ErrorCodes = codes,
                AnsweredWithErrors = true,
            };
        }

        return response.Data ?? throw TableImportJobMapper.Malformed(operation, "no data");
    }

    /// <summary>The messages of a failed response: its GraphQL errors (and their codes) when it has any, else the start of its text.</summary>
    private (IReadOnlyList<string> Messages, IReadOnlyList<string> Codes, bool GraphQLErrors) ServerMessages(byte[] content)
    {
        if (content.Length == 0)
        {
            return ([], [], false);
        }

        try
        {
            var errors = JsonSerializer.Deserialize(content, TableImportJsonContext.Default.GraphQLResponseErrorsOnly)?.Errors;
            if (errors is { Count: > 0 })
            {
                var (messages, codes) = MessagesAndCodes(errors);
                return (messages, codes, true);
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML error page, say): the text itself is the message.
        }

        return ([Snippet(content)], [], false);
    }

    private (string[] Messages, string[] Codes) MessagesAndCodes(List<GraphQLError> errors) =>
        (errors.Select(e => Redact(e.Message ?? "(no message)")).ToArray(), errors.Select(e => e.Extensions?.Code).OfType<string>().ToArray());

    private string Snippet(byte[] content)
    {
        var text = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 300)).ReplaceLineEndings(" ").Trim();
        return Redact(content.Length > 300 ? text + "..." : text);
    }

    /// <summary>A server that echoes a request must not put the secrets into our exceptions or logs.</summary>
    private string Redact(string text)
    {
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            text = text.Replace(options.ApiKey, "***", StringComparison.Ordinal);
        }

        if (!string.IsNullOrEmpty(options.DatabricksToken))
        {
            text = text.Replace(options.DatabricksToken, "***", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>What every attempt of one call shares: the body to send, and how many attempts were made.</summary>
    private sealed class Attempts(TableImportClient client, TableImportOperation operation, ReadOnlyMemory<byte> body)
    {
        public TableImportClient Client { get; } = client;

        public TableImportOperation Operation { get; } = operation;

        public ReadOnlyMemory<byte> Body { get; } = body;

        public int Count { get; set; }
    }
}
