using System.Net;
using System.Net.Http.Headers;

namespace TableImport.Client;

/// <summary>Backoff for the client's own retry loop: exponential with jitter, and never shorter than the server's <c>Retry-After</c>.</summary>
internal static class RetryDelays
{
    /// <summary>Whether a status means "try again later" rather than "this request is wrong".</summary>
    internal static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status == HttpStatusCode.TooManyRequests || status == HttpStatusCode.RequestTimeout;

    /// <summary>The delay before retry number <paramref name="attempt"/> (1 for the first retry).</summary>
    internal static TimeSpan Backoff(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        // Spreads clients that failed together so they do not come back together.
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }

    /// <summary>The server's <c>Retry-After</c> (seconds or a date), when it sent one.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        var retryAfter = headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>
    /// Waits at least what the server asked, plus a little jitter so that waiting clients do not return at once. The
    /// jitter is never below 10 ms: timers fire with millisecond granularity, and a wait a hair short of the server's
    /// Retry-After would be refused again.
    /// </summary>
    internal static TimeSpan AtLeast(TimeSpan retryAfter) =>
        retryAfter + TimeSpan.FromMilliseconds(Random.Shared.Next(10, 250));
}
