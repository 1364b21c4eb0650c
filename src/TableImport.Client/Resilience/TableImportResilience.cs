using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace TableImport.Client;

/// <summary>
/// The client's one resilience pipeline, the same whether the client was made with <c>new</c> or by
/// <c>AddTableImportClient</c>: around the attempts, retries with exponential backoff and jitter that wait at least the
/// server's <c>Retry-After</c>; for every attempt, retries included, a permit of the client-side rate limiter, then the
/// HTTP call under <see cref="TableImportClientOptions.AttemptTimeout"/> (a wait for a permit is not part of it).
/// </summary>
/// <remarks>
/// What is retried depends on whether repeating the request is harmless (<see cref="TableImportOperations.IsSafeToRetry"/>).
/// Queries, pauses, updates and dry runs are retried after a 5xx, a 408, a 429, a timeout or a connection failure. A real
/// create and a triggered run are retried only when the server provably did nothing: a 429 (the server refused before
/// acting) or a connection that was never made. When their outcome is unknown (a timeout, a connection dropped after the
/// request went out, a 5xx) they are never repeated: the client throws <see cref="TableImportOutcomeUnknownException"/>,
/// so the caller can look for the job before creating it again.
/// </remarks>
internal static class TableImportResilience
{
    /// <summary>The operation an execution of the pipeline performs; set on every <see cref="ResilienceContext"/>.</summary>
    internal static readonly ResiliencePropertyKey<TableImportOperation> OperationKey = new("TableImport.Operation");

    internal static ResiliencePipeline<HttpResponseMessage> Build(TableImportClientOptions options, TableImportRateLimits limits, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = Microsoft.Extensions.DependencyInjection.TableImportClientServiceCollectionExtensions.ResiliencePipelineName,
        };

        if (options.MaxRetries > 0)
        {
            var maxRetryAfter = options.MaxRetryAfter;
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    !args.Context.CancellationToken.IsCancellationRequested && ShouldRetry(OperationOf(args.Context), args.Outcome, maxRetryAfter)),
                // Null falls back to the backoff; a Retry-After is honoured in full (MaxRetryAfter already refused longer ones).
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && RetryDelays.RetryAfter(response.Headers) is { } wait ? RetryDelays.AtLeast(wait) : (TimeSpan?)null),
                OnRetry = args =>
                {
                    Log.Retrying(logger, OperationOf(args.Context).Name(), args.AttemptNumber + 1, Reason(args.Outcome), (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        builder.AddRateLimiter(new RateLimiterStrategyOptions
        {
            RateLimiter = args => AcquireAsync(limits.For(OperationOf(args.Context)), OperationOf(args.Context), logger, args.Context.CancellationToken),
        });
        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>
    /// Whether the outcome of one attempt of <paramref name="operation"/> is worth another attempt. The caller's own
    /// cancellation never gets here; any other cancellation (an <c>HttpClient.Timeout</c> shorter than the attempt
    /// timeout) is a timeout.
    /// </summary>
    internal static bool ShouldRetry(TableImportOperation operation, Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                HttpRequestException http => operation.IsSafeToRetry() || NeverSent(http),
                TimeoutRejectedException or OperationCanceledException or IOException => operation.IsSafeToRetry(),
                _ => false,
            };
        }

        var response = outcome.Result!;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // Refused before anything was done: safe to repeat even for a create, unless the wait asked is too long.
            return !(RetryDelays.RetryAfter(response.Headers) > maxRetryAfter);
        }

        return operation.IsSafeToRetry() && RetryDelays.IsTransient(response.StatusCode);
    }

    /// <summary>
    /// Whether the request provably never reached the server: the connection, its name lookup, its TLS handshake or its
    /// proxy tunnel failed before a byte of the request was sent.
    /// </summary>
    internal static bool NeverSent(HttpRequestException exception) => exception.HttpRequestError
        is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    private static TableImportOperation OperationOf(ResilienceContext context) =>
        context.Properties.TryGetValue(OperationKey, out var operation) ? operation : throw new InvalidOperationException("The resilience context names no operation.");

    private static string Reason(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        TimeoutRejectedException or OperationCanceledException => "timeout",
        HttpRequestException or IOException => "connection failure",
        { } other => other.GetType().Name,
        null => $"HTTP {(int)outcome.Result!.StatusCode}",
    };

    private static async ValueTask<RateLimitLease> AcquireAsync(RateLimiter limiter, TableImportOperation operation, ILogger logger, CancellationToken cancellationToken)
    {
        var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        Log.RateLimitWait(logger, operation.Name());
        return await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
    }
}
