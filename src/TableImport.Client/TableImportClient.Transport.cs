using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly.Timeout;
using TableImport.Client.Wire;

namespace TableImport.Client;

public sealed partial class TableImportClient
{
    /// <summary>
    /// Set on every request: whether the resilience handler (the DI path) may retry it. The client's own loop reads the
    /// same rule from <see cref="TableImportOperations.IsSafeToRetry"/>.
    /// </summary>
    internal static readonly HttpRequestOptionsKey<bool> SafeToRetryKey = new("TableImport.SafeToRetry");

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private async Task<TData> SendAsync<TData>(TableImportOperation operation, ReadOnlyMemory<byte> body, JsonTypeInfo<GraphQLResponse<TData>> typeInfo, CancellationToken cancellationToken)
        where TData : class
    {
        var name = operation.Name();
        using var activity = TableImportTelemetry.ActivitySource.StartActivity("TableImport " + name, ActivityKind.Client);
        activity?.SetTag("tableimport.operation", name);
        activity?.SetTag("server.address", options.Endpoint.Host);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var data = await SendWithRetriesAsync(operation, body, typeInfo, cancellationToken).ConfigureAwait(false);
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

    private async Task<TData> SendWithRetriesAsync<TData>(TableImportOperation operation, ReadOnlyMemory<byte> body, JsonTypeInfo<GraphQLResponse<TData>> typeInfo, CancellationToken cancellationToken)
        where TData : class
    {
        var name = operation.Name();
        var safeToRetry = operation.IsSafeToRetry();
        var maxAttempts = retriesInPipeline || !safeToRetry ? 1 : options.MaxRetries + 1;
        for (var attempt = 1; ; attempt++)
        {
            await AcquirePermitAsync(operation, cancellationToken).ConfigureAwait(false);
            Log.Sending(logger, name, attempt, options.Endpoint);
            using var request = CreateRequest(body, safeToRetry);
            using var attemptTimeout = retriesInPipeline ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout?.CancelAfter(options.AttemptTimeout);
            var last = attempt >= maxAttempts;

            HttpResponseMessage response;
            byte[] content;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptTimeout?.Token ?? cancellationToken).ConfigureAwait(false);
                content = await response.Content.ReadAsByteArrayAsync(attemptTimeout?.Token ?? cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
            {
                if (!last)
                {
                    await DelayAsync(name, attempt, "timeout", RetryDelays.Backoff(attempt, options.RetryBaseDelay, options.MaxRetryDelay), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new TableImportException(name, TableImportException.Describe(name, $"no answer within {options.AttemptTimeout.TotalSeconds:0.#} s (attempt {attempt})", null, null), innerException: ex);
            }
            catch (HttpRequestException ex)
            {
                if (!last)
                {
                    await DelayAsync(name, attempt, "connection failure", RetryDelays.Backoff(attempt, options.RetryBaseDelay, options.MaxRetryDelay), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new TableImportException(name, TableImportException.Describe(name, "could not reach " + options.Endpoint + ": " + Redact(ex.Message), ex.StatusCode, null), ex.StatusCode, innerException: ex);
            }

            using (response)
            {
                var status = response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return Parse(name, status, content, typeInfo);
                }

                var messages = ServerMessages(content);
                if (status == HttpStatusCode.Unauthorized)
                {
                    throw new TableImportAuthenticationException(name, messages);
                }

                var retryAfter = RetryDelays.RetryAfter(response.Headers);
                if (status == HttpStatusCode.TooManyRequests && retryAfter > options.MaxRetryAfter)
                {
                    throw new TableImportRateLimitedException(name, retryAfter, messages);
                }

                if (RetryDelays.IsTransient(status) && !last)
                {
                    var delay = retryAfter is { } wait
                        ? RetryDelays.AtLeast(wait)
                        : RetryDelays.Backoff(attempt, options.RetryBaseDelay, options.MaxRetryDelay);
                    await DelayAsync(name, attempt, $"HTTP {(int)status}", delay, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                Log.HttpFailed(logger, name, status, messages.Count > 0 ? messages[0] : "(no message)");
                if (status == HttpStatusCode.TooManyRequests)
                {
                    throw new TableImportRateLimitedException(name, retryAfter, messages);
                }

                throw new TableImportException(name, TableImportException.Describe(name, "the server answered an HTTP error", status, messages), status, messages);
            }
        }
    }

    private HttpRequestMessage CreateRequest(ReadOnlyMemory<byte> body, bool safeToRetry)
    {
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = JsonMediaType;
        var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.TryAddWithoutValidation("x-api-key", options.ApiKey);
        }

        request.Options.Set(SafeToRetryKey, safeToRetry);
        return request;
    }

    private async ValueTask AcquirePermitAsync(TableImportOperation operation, CancellationToken cancellationToken)
    {
        var limiter = limits.For(operation);
        using var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return;
        }

        Log.RateLimitWait(logger, operation.Name());
        using var waited = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!waited.IsAcquired)
        {
            throw new TableImportRateLimitedException(operation.Name(), null, ["the client-side rate limiter refused the call"]);
        }
    }

    private async Task DelayAsync(string operation, int attempt, string reason, TimeSpan delay, CancellationToken cancellationToken)
    {
        Log.Retrying(logger, operation, attempt, reason, (long)delay.TotalMilliseconds);
        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
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
            var messages = errors.Select(e => Redact(e.Message ?? "(no message)")).ToArray();
            var codes = errors.Select(e => e.Extensions?.Code).OfType<string>().ToArray();
            throw new TableImportException(operation, TableImportException.Describe(operation, "the server answered with errors", null, messages), null, messages) { ErrorCodes = codes };
        }

        return response.Data ?? throw TableImportJobMapper.Malformed(operation, "no data");
    }

    /// <summary>The messages of a failed response: its GraphQL errors when it has any, else the start of its text.</summary>
    private IReadOnlyList<string> ServerMessages(byte[] content)
    {
        if (content.Length == 0)
        {
            return [];
        }

        try
        {
            var errors = JsonSerializer.Deserialize(content, TableImportJsonContext.Default.GraphQLResponseErrorsOnly)?.Errors;
            if (errors is { Count: > 0 })
            {
                return errors.Select(e => Redact(e.Message ?? "(no message)")).ToArray();
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML error page, say): the text itself is the message.
        }

        return [Snippet(content)];
    }

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
}
